package org.blocktune.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A spec with every argument and repeat applied: concrete layers in dependency order, with shapes
 * and parameter counts, ready to be compiled by the DL4J layer.
 *
 * @param functional true for a graph (DL4J ComputationGraph), false for a stack (MultiLayerNetwork)
 * @param layers     layers in dependency order
 * @param inputs     input layer name → data input name
 * @param outputs    output layer name → data outcome name
 */
public record ResolvedNetwork(boolean functional, List<ResolvedLayer> layers, Map<String, String> inputs,
                              Map<String, String> outputs) {

    public ResolvedNetwork {
        layers = List.copyOf(layers);
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** Total parameter count. */
    public long totalParams() {
        return layers.stream().mapToLong(ResolvedLayer::params).sum();
    }

    /** The layer with this name. */
    public Optional<ResolvedLayer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** A Keras-style summary table. */
    public NetworkSummary summary() {
        return NetworkSummary.of(this);
    }
}
