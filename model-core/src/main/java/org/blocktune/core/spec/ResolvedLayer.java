package org.blocktune.core.spec;

import java.util.List;
import org.blocktune.core.block.LayerSpec;

/**
 * One layer of a resolved network.
 *
 * @param name        unique layer name: the node name, plus {@code .k} for the k-th repeat and
 *                    {@code /kind} inside multi-layer blocks (e.g. {@code body.2/dropout})
 * @param node        the spec node it comes from
 * @param layer       kind and argument values
 * @param inputs      names of the layers feeding it (empty for inputs)
 * @param inputShapes shapes of those inputs
 * @param output      output shape
 * @param params      parameter count
 */
public record ResolvedLayer(String name, String node, LayerSpec layer, List<String> inputs, List<Shape> inputShapes,
                            Shape output, long params) {

    public ResolvedLayer {
        inputs = List.copyOf(inputs);
        inputShapes = List.copyOf(inputShapes);
    }
}
