package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A layer summary like Keras' {@code summary()}: one row per layer and the total parameter count.
 *
 * @param rows        the layers
 * @param totalParams sum of the rows' parameters
 */
public record NetworkSummary(List<Row> rows, long totalParams) {

    /**
     * One summary row.
     *
     * @param layer  layer name
     * @param block  spec block it belongs to
     * @param type   layer kind keyword
     * @param output output shape, Keras style
     * @param params parameter count
     */
    public record Row(String layer, String block, String type, String output, long params) {
    }

    public NetworkSummary {
        rows = List.copyOf(rows);
    }

    /** Builds the summary of a resolved network. */
    public static NetworkSummary of(ResolvedNetwork net) {
        List<Row> rows = new ArrayList<>();
        for (ResolvedLayer l : net.layers()) {
            rows.add(new Row(l.name(), l.node(), l.layer().kind().keyword(), l.output().keras(), l.params()));
        }
        return new NetworkSummary(rows, net.totalParams());
    }

    /** Plain-text table for terminals and logs. */
    public String render() {
        int w1 = "Layer (type)".length();
        int w2 = "Output Shape".length();
        for (Row r : rows) {
            w1 = Math.max(w1, r.layer().length() + r.type().length() + 3);
            w2 = Math.max(w2, r.output().length());
        }
        String fmt = "%-" + w1 + "s  %-" + w2 + "s  %,12d%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-" + w1 + "s  %-" + w2 + "s  %12s%n", "Layer (type)", "Output Shape", "Param #"));
        sb.append("-".repeat(w1 + w2 + 16)).append('\n');
        for (Row r : rows) {
            sb.append(String.format(fmt, r.layer() + " (" + r.type() + ")", r.output(), r.params()));
        }
        sb.append("-".repeat(w1 + w2 + 16)).append('\n');
        sb.append(String.format("Total params: %,d%n", totalParams));
        return sb.toString();
    }
}
