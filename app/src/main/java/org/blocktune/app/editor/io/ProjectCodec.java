package org.blocktune.app.editor.io;

import org.blocktune.core.io.BlockLibraryJson;
import org.blocktune.core.io.ProjectFormatException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.Spec;

/**
 * Reads and writes the editor's JSON project file (format {@code blocktune-editor}, version 1):
 * the spec with node positions, composite blocks as data, fixed values, tune marks and the data
 * shape. Opening a file never runs code. The editor's own small codec until the project-wide
 * {@code io} package exists.
 */
public final class ProjectCodec {
    public static final String FORMAT = "blocktune-editor";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectCodec() {
    }

    public static void write(EditorProject p, Path file) throws IOException {
        Files.writeString(file, toJson(p));
    }

    public static EditorProject read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }

    public static String toJson(EditorProject p) throws IOException {
        DocState s = p.state();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", s.spec().name());
        root.put("kind", s.spec() instanceof FunctionalSpec ? "functional" : "sequential");
        ObjectNode data = root.putObject("data");
        ObjectNode ins = data.putObject("inputs");
        p.data().inputs().forEach((k, v) -> {
            ArrayNode a = ins.putArray(k);
            v.dims().forEach(a::add);
        });
        ObjectNode outs = data.putObject("outputs");
        p.data().outputs().forEach((k, v) -> outs.putObject(k).put("classification", v.classification())
                .put("width", v.width()));
        root.set("composites", BlockLibraryJson.toJson(s.composites()));
        ArrayNode nodes = root.putArray("nodes");
        for (Node n : s.spec().nodes()) {
            ObjectNode o = nodes.addObject().put("name", n.name()).put("block", n.block().name());
            ObjectNode in = o.putObject("inputs");
            n.inputs().forEach(in::put);
            Position pos = s.layout().get(n.name());
            if (pos != null) {
                o.put("x", pos.x()).put("y", pos.y());
            }
        }
        ObjectNode values = root.putObject("values");
        s.values().forEach((k, v) -> values.set(k, JSON.valueToTree(v)));
        ArrayNode tuned = root.putArray("tuned");
        s.tuned().forEach(tuned::add);
        return JSON.writeValueAsString(root);
    }

    /**
     * Parses a project.
     *
     * @throws IOException when the file is not a BlockTune editor project or refers to unknown blocks
     */
    public static EditorProject fromJson(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a BlockTune editor project (format '" + FORMAT + "' expected)");
        }
        if (root.path("version").asInt() > VERSION) {
            throw new IOException("project version " + root.path("version").asInt() + " is newer than this "
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
            for (JsonNode n : root.path("nodes")) {
                String blockName = n.path("block").asText();
                Block block = catalogue.find(blockName).orElseThrow(() -> new IOException("node '"
                        + n.path("name").asText() + "' uses unknown block '" + blockName + "'"));
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
            return new EditorProject(new DocState(spec, layout, values, tuned, composites), data(root.path("data")));
        } catch (IllegalArgumentException | ProjectFormatException e) {
            throw new IOException("invalid project: " + e.getMessage(), e);
        }
    }

    private static DataShape data(JsonNode d) {
        if (d.isMissingNode() || !d.has("inputs")) {
            return DataShape.classification(Shape.flat(4), 3);
        }
        Map<String, Shape> ins = new LinkedHashMap<>();
        d.path("inputs").fields().forEachRemaining(e -> {
            List<Integer> dims = new ArrayList<>();
            e.getValue().forEach(x -> dims.add(x.asInt()));
            ins.put(e.getKey(), new Shape(dims));
        });
        Map<String, OutcomeShape> outs = new LinkedHashMap<>();
        d.path("outputs").fields().forEachRemaining(e -> outs.put(e.getKey(),
                new OutcomeShape(e.getValue().path("classification").asBoolean(), e.getValue().path("width").asInt())));
        return new DataShape(ins, outs);
    }
}
