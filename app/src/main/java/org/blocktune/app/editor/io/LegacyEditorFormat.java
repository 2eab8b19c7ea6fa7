package org.blocktune.app.editor.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.app.editor.model.DocState;
import org.blocktune.app.editor.model.Position;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.io.BlockLibraryJson;
import org.blocktune.core.io.ProjectFormatException;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;

/**
 * Reads the editor's old file format ({@code blocktune-editor}, version 1) so that models saved
 * before the project file existed still open; they are saved back as project files. Reading never
 * runs code.
 */
final class LegacyEditorFormat {
    static final String FORMAT = "blocktune-editor";
    static final int VERSION = 1;

    private LegacyEditorFormat() {
    }

    /** True if {@code root} is an old editor file. */
    static boolean is(JsonNode root) {
        return root.isObject() && FORMAT.equals(root.path("format").asText());
    }

    /**
     * Converts an old editor file.
     *
     * @throws IOException when it is newer than version 1 or refers to unknown blocks
     */
    static EditorProject read(JsonNode root) throws IOException {
        if (root.path("version").asInt() > VERSION) {
            throw new IOException("editor file version " + root.path("version").asInt() + " is newer than this "
                    + "BlockTune understands (" + VERSION + ")");
        }
        try {
            List<CompositeBlock> composites = new ArrayList<>();
            BlockCatalogue catalogue = BlockCatalogue.builtins();
            JsonNode compositesNode = root.path("composites");
            if (!compositesNode.isMissingNode()) {
                composites.addAll(BlockLibraryJson.fromJson(compositesNode, "composites"));
            }
            for (CompositeBlock b : composites) {
                catalogue = catalogue.with(b);
            }
            List<Node> nodes = new ArrayList<>();
            Map<String, Position> layout = new LinkedHashMap<>();
            JsonNode nodesNode = root.path("nodes");
            for (int i = 0; i < nodesNode.size(); i++) {
                JsonNode n = nodesNode.get(i);
                String blockName = n.path("block").asText();
                BlockCatalogue known = catalogue;
                String at = "nodes[" + i + "].block";
                Block block = catalogue.find(blockName).orElseThrow(() -> new ProjectFormatException(at,
                        "node '" + n.path("name").asText() + "' uses unknown block '" + blockName + "'; known: "
                                + String.join(", ", known.all().stream().map(Block::name).toList())));
                Map<String, String> in = new LinkedHashMap<>();
                n.path("inputs").fields().forEachRemaining(e -> in.put(e.getKey(), e.getValue().asText()));
                nodes.add(new Node(n.path("name").asText(), block, in));
                if (n.has("x")) {
                    layout.put(n.path("name").asText(), new Position(n.path("x").asDouble(), n.path("y").asDouble()));
                }
            }
            String name = root.path("name").asText("untitled");
            Spec spec = "functional".equals(root.path("kind").asText()) ? new FunctionalSpec(name, nodes)
                    : new SequentialSpec(name, nodes);
            Map<String, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("values").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), BlockLibraryJson.scalar(e.getValue(), "values." + e.getKey()));
            }
            Set<String> tuned = new LinkedHashSet<>();
            root.path("tuned").forEach(t -> tuned.add(t.asText()));
            DataShape data = EditorLayout.dataShape(root.path("data"));
            return new EditorProject(new DocState(spec, layout, values, tuned, composites), data);
        } catch (IllegalArgumentException | ProjectFormatException e) {
            throw new IOException("invalid editor file: " + e.getMessage(), e);
        }
    }
}
