package org.blocktune.app.editor.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.app.editor.model.Position;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecChecker;

/**
 * A small Sugiyama-style layered layout: each block goes one layer below the deepest block it reads
 * (longest path from the inputs), blocks within a layer are ordered by the mean position of the
 * blocks they read (barycentre heuristic, to reduce crossings), and layers are centred.
 */
public final class LayeredLayout {
    private final double width;
    private final double height;
    private final double hgap;
    private final double vgap;

    /** A layout for blocks of the given size and gaps. */
    public LayeredLayout(double width, double height, double hgap, double vgap) {
        this.width = width;
        this.height = height;
        this.hgap = hgap;
        this.vgap = vgap;
    }

    /** Positions for every node of the spec; a sequential spec becomes one column. */
    public Map<String, Position> apply(Spec spec) {
        List<List<String>> layers = layers(spec);
        orderByBarycentre(spec, layers);
        int widest = layers.stream().mapToInt(List::size).max().orElse(1);
        Map<String, Position> out = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            List<String> layer = layers.get(l);
            double offset = (widest - layer.size()) * (width + hgap) / 2;
            for (int i = 0; i < layer.size(); i++) {
                out.put(layer.get(i), new Position(hgap + offset + i * (width + hgap), vgap + l * (height + vgap)));
            }
        }
        return out;
    }

    private static List<List<String>> layers(Spec spec) {
        List<List<String>> layers = new ArrayList<>();
        if (!(spec instanceof FunctionalSpec f)) {
            spec.nodes().forEach(n -> layers.add(new ArrayList<>(List.of(n.name()))));
            return layers;
        }
        Map<String, Integer> depth = new HashMap<>();
        for (Node n : SpecChecker.topologicalOrder(f)) {
            int d = 0;
            for (String src : n.inputs().values()) {
                d = Math.max(d, depth.getOrDefault(src, -1) + 1);
            }
            depth.put(n.name(), d);
        }
        int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (Node n : f.nodes()) {
            depth.putIfAbsent(n.name(), max + 1); // on a cycle or reading unknown blocks
        }
        for (Node n : f.nodes()) {
            int d = depth.get(n.name());
            while (layers.size() <= d) {
                layers.add(new ArrayList<>());
            }
            if (!layers.get(d).contains(n.name())) {
                layers.get(d).add(n.name());
            }
        }
        layers.removeIf(List::isEmpty);
        return layers;
    }

    private static void orderByBarycentre(Spec spec, List<List<String>> layers) {
        Map<String, Double> slot = new HashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            List<String> layer = layers.get(l);
            if (l > 0) {
                Map<String, Double> key = new HashMap<>();
                for (int i = 0; i < layer.size(); i++) {
                    String name = layer.get(i);
                    Node n = spec.node(name).orElseThrow();
                    double sum = 0;
                    int count = 0;
                    for (String src : n.inputs().values()) {
                        if (slot.containsKey(src)) {
                            sum += slot.get(src);
                            count++;
                        }
                    }
                    key.put(name, count == 0 ? i : sum / count + i * 1e-6);
                }
                layer.sort((a, b) -> Double.compare(key.get(a), key.get(b)));
            }
            for (int i = 0; i < layer.size(); i++) {
                slot.put(layer.get(i), i - (layer.size() - 1) / 2.0);
            }
        }
    }
}
