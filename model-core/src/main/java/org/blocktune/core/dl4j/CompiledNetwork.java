package org.blocktune.core.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.api.Model;

/**
 * A DL4J network built and initialised from a resolved spec.
 *
 * @param model          the {@code MultiLayerNetwork} (sequential) or {@code ComputationGraph} (functional)
 * @param numParams      DL4J's own parameter count
 * @param paramsByLayer  DL4J's parameter count per BlockTune layer name (DL4J layers only)
 */
public record CompiledNetwork(Model model, long numParams, Map<String, Long> paramsByLayer) {
}
