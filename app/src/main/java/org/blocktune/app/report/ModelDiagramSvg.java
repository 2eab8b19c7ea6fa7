package org.blocktune.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.ResolvedLayer;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecResolver;

/**
 * The model as an SVG drawing (no display needed): one box per block, in layers from the inputs down to
 * the outputs, with the block's type, its output shape and parameter count when the data's shape is known,
 * and the names of its tuned arguments; arrows for the wires.
 */
public final class ModelDiagramSvg {
    private static final int W = 220;
    private static final int H = 62;
    private static final int GAP_X = 30;
    private static final int GAP_Y = 36;
    private static final int MARGIN = 16;

    private ModelDiagramSvg() {
    }

    /**
     * The SVG element for {@code spec}.
     *
     * @param values the argument values to draw the shapes with (fixed values and a candidate's)
     * @param tuned  the tuned arguments, marked on their blocks
     * @param data   the data's shape, or null (then no shapes and parameter counts)
     */
    public static String of(Spec spec, Map<String, Object> values, Set<String> tuned, DataShape data) {
        Map<String, String> shapes = new HashMap<>();
        Map<String, Long> params = new HashMap<>();
        if (data != null) {
            try {
                for (ResolvedLayer l : SpecResolver.resolve(spec, values, data).partial().layers()) {
                    shapes.put(l.node(), l.output().toString());
                    params.merge(l.node(), l.params(), Long::sum);
                }
            } catch (RuntimeException e) {
                shapes.clear(); // a spec that does not resolve is drawn without shapes
            }
        }
        Map<String, List<String>> tunedByNode = new HashMap<>();
        for (SpecArgument a : spec.arguments()) {
            if (a.node() != null && tuned.contains(a.name())) {
                tunedByNode.computeIfAbsent(a.node(), k -> new ArrayList<>()).add(a.name());
            }
        }
        Map<String, Integer> depth = depths(spec);
        Map<Integer, List<Node>> rows = new LinkedHashMap<>();
        for (Node n : spec.nodes()) {
            rows.computeIfAbsent(depth.get(n.name()), k -> new ArrayList<>()).add(n);
        }
        int widest = rows.values().stream().mapToInt(List::size).max().orElse(1);
        int width = MARGIN * 2 + widest * W + (widest - 1) * GAP_X;
        int height = MARGIN * 2 + Math.max(1, rows.size()) * (H + GAP_Y) - GAP_Y;
        Map<String, int[]> at = new HashMap<>();
        int r = 0;
        for (List<Node> row : rows.values()) {
            int rowWidth = row.size() * W + (row.size() - 1) * GAP_X;
            int x = (width - rowWidth) / 2;
            for (Node n : row) {
                at.put(n.name(), new int[] {x, MARGIN + r * (H + GAP_Y)});
                x += W + GAP_X;
            }
            r++;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"model-diagram\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", width, height,
                width, height, Html.escape("diagram of the model " + spec.name())));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7b8794\"/></marker></defs>\n");
        for (Node n : spec.nodes()) {
            for (String source : sources(spec, n)) {
                int[] from = at.get(source);
                int[] to = at.get(n.name());
                if (from == null || to == null) continue;
                svg.append(String.format(Locale.ROOT, "<line class=\"wire\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                        + "stroke=\"#7b8794\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>%n", from[0] + W / 2,
                        from[1] + H, to[0] + W / 2, to[1]));
            }
        }
        for (Node n : spec.nodes()) {
            int[] p = at.get(n.name());
            String fill = n.block().arity() == org.blocktune.core.block.InputArity.NONE ? "#e3f4e8"
                    : n.block().isOutput() ? "#fdf0dc" : "#ffffff";
            svg.append(String.format(Locale.ROOT, "<g class=\"block\" data-block=\"%s\">%n", Html.escape(n.name())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"8\" fill=\"%s\" "
                    + "stroke=\"#616e7c\" stroke-width=\"1.5\"/>%n", p[0], p[1], W, H, fill));
            text(svg, p[0] + 10, p[1] + 18, "bold", n.name() + "  (" + n.block().name() + ")");
            String shape = shapes.get(n.name());
            if (shape != null) {
                text(svg, p[0] + 10, p[1] + 35, "normal", "→ " + shape + "  ·  " + String.format(Locale.ROOT, "%,d",
                        params.getOrDefault(n.name(), 0L)) + " params");
            }
            List<String> t = tunedByNode.getOrDefault(n.name(), List.of());
            if (!t.isEmpty()) {
                text(svg, p[0] + 10, p[1] + 52, "tuned", "tuned: " + String.join(", ", t));
            }
            svg.append("</g>\n");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void text(StringBuilder svg, int x, int y, String kind, String text) {
        String style = switch (kind) {
            case "bold" -> "font-weight=\"bold\" font-size=\"13\" fill=\"#1f2933\"";
            case "tuned" -> "font-size=\"11\" fill=\"#2f80ed\"";
            default -> "font-size=\"11\" fill=\"#1f2933\"";
        };
        String shown = text.length() > 34 ? text.substring(0, 33) + "…" : text;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" %s>%s<title>%s</title>"
                + "</text>%n", x, y, style, Html.escape(shown), Html.escape(text)));
    }

    /** The blocks feeding {@code n}: the one before it in a stack, its wired sources in a graph. */
    private static List<String> sources(Spec spec, Node n) {
        if (spec instanceof org.blocktune.core.spec.SequentialSpec) {
            int i = spec.nodes().indexOf(n);
            return i > 0 ? List.of(spec.nodes().get(i - 1).name()) : List.of();
        }
        return List.copyOf(n.inputs().values());
    }

    /** Each block's layer: 0 for blocks without sources, else one more than its deepest source (cycles cut). */
    private static Map<String, Integer> depths(Spec spec) {
        Map<String, Integer> depth = new HashMap<>();
        for (Node n : spec.nodes()) {
            depthOf(spec, n, depth, new java.util.HashSet<>());
        }
        return depth;
    }

    private static int depthOf(Spec spec, Node n, Map<String, Integer> depth, Set<String> visiting) {
        Integer known = depth.get(n.name());
        if (known != null) return known;
        if (!visiting.add(n.name())) return 0;
        int d = 0;
        for (String s : sources(spec, n)) {
            var src = spec.node(s);
            if (src.isPresent()) d = Math.max(d, depthOf(spec, src.get(), depth, visiting) + 1);
        }
        depth.put(n.name(), d);
        return d;
    }
}
