package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;

class BlockLibraryJsonTest {

    @Test
    void compositeBlocksRoundTripExactly() throws Exception {
        CompositeBlock conv = CompositeBlock.builder("conv_bn").description("conv, batch norm, relu")
                .arg("filters", 16, "output channels").arg("same", "same")
                .layer(LayerTemplate.of(LayerKind.CONV2D).bind("filters", "filters").bind("padding", "same")
                        .set("kernel_size", 5))
                .layer(LayerTemplate.of(LayerKind.BATCH_NORM).set("momentum", 0.9))
                .layer(LayerTemplate.of(LayerKind.ACTIVATION).set("activation", "relu"))
                .build();
        List<CompositeBlock> blocks = List.of(SeedSpecs.denseDropout(128, 0.1), conv);
        String json = BlockLibraryJson.write(blocks);
        assertEquals(blocks, BlockLibraryJson.read(json));
        assertTrue(json.contains("\"units\" : {\n      \"arg\" : \"units\""), json);
    }

    @Test
    void brokenFilesSayWhereAndWhat() {
        var type = assertThrows(ProjectFormatException.class, () -> BlockLibraryJson.read(
                "[{\"name\":\"b\",\"layers\":[{\"type\":\"dense\"},{\"type\":\"sparkle\"}]}]"));
        assertEquals("blocks[0].layers[1].type", type.path());
        assertTrue(type.getMessage().contains("unknown layer type 'sparkle'"));

        var invalid = assertThrows(ProjectFormatException.class, () -> BlockLibraryJson.read("[{\"name\": "));
        assertTrue(invalid.getMessage().startsWith("blocks: not valid JSON"), invalid.getMessage());

        var rule = assertThrows(ProjectFormatException.class, () -> BlockLibraryJson.read(
                "[{\"name\":\"b\",\"layers\":[{\"type\":\"dropout\",\"rate\":2}]}]"));
        assertEquals("blocks[0]", rule.path());
        assertTrue(rule.getMessage().contains("'rate' must be [0, 1), got 2.0"), rule.getMessage());
    }

    @Test
    void codeIsNeverExecutedOnlyDataIsRead() throws Exception {
        // a field value that looks like code stays an inert string and is rejected as a bad choice
        var e = assertThrows(ProjectFormatException.class, () -> BlockLibraryJson.read(
                "[{\"name\":\"b\",\"layers\":[{\"type\":\"dense\",\"activation\":\"Runtime.exec('rm -rf /')\"}]}]"));
        assertTrue(e.getMessage().contains("'activation' must be one of"), e.getMessage());
    }
}
