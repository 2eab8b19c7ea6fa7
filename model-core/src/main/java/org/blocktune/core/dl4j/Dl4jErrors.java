package org.blocktune.core.dl4j;

import org.blocktune.core.spec.ResolvedLayer;
import org.blocktune.core.spec.ResolvedNetwork;

/** Translates exceptions thrown by DL4J while building a network into plain language. */
public final class Dl4jErrors {

    private Dl4jErrors() {
    }

    /**
     * A message naming the block and layer at fault where DL4J's message mentions one.
     *
     * @param error   what DL4J threw
     * @param network the network being built (may be null)
     */
    public static String explain(Throwable error, ResolvedNetwork network) {
        if (error instanceof OutOfMemoryError) {
            return "out of memory while building this candidate"
                    + (network == null ? "" : " (" + String.format("%,d", network.totalParams()) + " parameters)")
                    + "; use fewer units or layers, or give BlockTune more memory";
        }
        String raw = firstLine(error);
        ResolvedLayer culprit = culprit(raw, network);
        String plain = plain(raw);
        String where = culprit == null ? "" : "block '" + culprit.node() + "' (layer " + culprit.name() + "): ";
        return where + plain;
    }

    /**
     * A message for an exception DL4J threw while training or predicting, naming the block and layer
     * at fault where DL4J's message mentions one.
     */
    public static String explainTraining(Throwable error, ResolvedNetwork network) {
        String raw = firstLine(error);
        ResolvedLayer culprit = culprit(raw, network);
        String where = culprit == null ? "" : "block '" + culprit.node() + "' (layer " + culprit.name() + "): ";
        return where + "DL4J failed while training: " + raw;
    }

    private static String plain(String raw) {
        if (raw.contains("nIn and nOut must be > 0") || raw.contains("must be > 0")) {
            return "a layer size must be greater than 0 (DL4J: " + raw + ")";
        }
        if (raw.contains("disconnected vertices")) {
            return "some blocks are not connected to an input (DL4J: " + raw + ")";
        }
        if (raw.contains("does not exist")) {
            return "a block reads a block that does not exist (DL4J: " + raw + ")";
        }
        return "DL4J could not build the network: " + raw;
    }

    private static ResolvedLayer culprit(String message, ResolvedNetwork network) {
        if (network == null) {
            return null;
        }
        ResolvedLayer best = null;
        for (ResolvedLayer l : network.layers()) {
            boolean named = message.contains("\"" + l.name() + "\"") || message.contains("name=" + l.name())
                    || message.contains("name: " + l.name()) || message.contains("'" + l.name() + "'");
            if (named && (best == null || l.name().length() > best.name().length())) {
                best = l;
            }
        }
        return best;
    }

    private static String firstLine(Throwable error) {
        Throwable t = error;
        String msg = t.getMessage();
        while ((msg == null || msg.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            msg = t.getMessage();
        }
        if (msg == null || msg.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg.trim() : msg.substring(0, nl).trim();
    }
}
