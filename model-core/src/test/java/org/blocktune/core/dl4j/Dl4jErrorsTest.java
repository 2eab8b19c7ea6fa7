package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.ResolvedNetwork;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.SpecResolver;
import org.deeplearning4j.exception.DL4JInvalidConfigException;
import org.junit.jupiter.api.Test;

/** DL4J's own messages are translated into plain language naming the block at fault. */
class Dl4jErrorsTest {
    private final ResolvedNetwork net = SpecResolver.resolve(SeedSpecs.diamondMlp(), Map.of("num_body", 2),
            DataShape.regression(Shape.flat(5), 1)).network();

    @Test
    void sizeErrorNamesTheBlockAndLayer() {
        String m = Dl4jErrors.explain(new DL4JInvalidConfigException(
                "DenseLayer (index=2, name=body.2/dense) nIn=128, nOut=-10; nIn and nOut must be > 0"), net);
        assertTrue(m.startsWith("block 'body' (layer body.2/dense): a layer size must be greater than 0"), m);
    }

    @Test
    void unknownMessagesKeepDl4jsWordsAndTheQuotedLayer() {
        String m = Dl4jErrors.explain(new IllegalStateException("Invalid output layer configuration for layer "
                + "\"output\": something odd\nsecond line"), net);
        assertEquals("block 'output' (layer output): DL4J could not build the network: Invalid output layer "
                + "configuration for layer \"output\": something odd", m);
    }

    @Test
    void outOfMemoryIsExplainedWithTheParameterCount() {
        String m = Dl4jErrors.explain(new OutOfMemoryError("Java heap space"), net);
        assertTrue(m.startsWith("out of memory while building this candidate (" + String.format("%,d",
                net.totalParams()) + " parameters)"), m);
    }
}
