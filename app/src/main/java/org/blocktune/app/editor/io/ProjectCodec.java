package org.blocktune.app.editor.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.blocktune.app.editor.model.DocState;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.io.ProjectFormatException;
import org.blocktune.core.io.ProjectJson;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;

/**
 * Opens and saves the editor's model as a BlockTune project file (core {@link ProjectFile},
 * format {@code blocktune-project}): spec, composite blocks, fixed values and tune marks go to
 * the project's own fields; positions and the check data shape to its layout node
 * ({@link EditorLayout}). The rest of an opened project is kept as it was (kept rows and grid levels
 * that earlier versions stored in the layout move to the project's own fields, {@link OldLayoutSettings}). Old editor files
 * (format {@code blocktune-editor}) still open and are saved as project files. Opening never
 * runs code.
 */
public final class ProjectCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectCodec() {
    }

    /**
     * Saves atomically; a failed save leaves the old file as it was.
     *
     * @return the project as saved (the base to keep for the next save)
     * @throws IOException when the file cannot be written or the model cannot be stored
     */
    public static Project write(EditorProject p, Path file) throws IOException {
        Project project = toProject(p);
        try {
            ProjectFile.write(project, file);
            return project;
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot save: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a project file or an old editor file.
     *
     * @throws IOException when the file cannot be read or is not a BlockTune project; the message says why and where
     */
    public static EditorProject read(Path file) throws IOException {
        try {
            return fromJson(ProjectFile.text(file), ProjectFile.folderOf(file));
        } catch (ProjectFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The file text of {@code p}; paths in it are stored relative to the working folder. */
    public static String toJson(EditorProject p) throws IOException {
        try {
            return ProjectJson.write(toProject(p), Path.of(""));
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot save: " + e.getMessage(), e);
        }
    }

    /** Parses file text; relative paths in it are resolved against the working folder. */
    public static EditorProject fromJson(String text) throws IOException {
        try {
            return fromJson(text, Path.of(""));
        } catch (ProjectFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static EditorProject fromJson(String text, Path folder) throws IOException, ProjectFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            root = null; // let the project reader report the syntax error with its line and column
        }
        if (root != null && LegacyEditorFormat.is(root)) {
            return LegacyEditorFormat.read(root);
        }
        return fromProject(ProjectJson.read(text, folder));
    }

    /**
     * The editor's view of a project; kept rows and grid levels saved in the layout by earlier versions
     * move to the project's own fields ({@link OldLayoutSettings}).
     */
    public static EditorProject fromProject(Project opened) throws IOException {
        Project p = OldLayoutSettings.migrate(opened);
        try {
            JsonNode layout = p.layout();
            DocState state = new DocState(p.spec(), EditorLayout.positions(layout), p.values(),
                    new LinkedHashSet<>(p.tuned()), p.library());
            return new EditorProject(state, EditorLayout.dataShape(layout.path("dataShape")), p);
        } catch (IllegalArgumentException e) {
            throw new IOException("layout: the editor's data shape is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * The project to save: the opened project (or a new one) with the editor's spec, blocks,
     * values, tune marks and layout.
     *
     * @throws IOException when the spec holds a block that cannot be stored
     */
    public static Project toProject(EditorProject p) throws IOException {
        DocState s = p.state();
        List<CompositeBlock> library = new ArrayList<>(s.composites());
        Spec spec;
        try {
            spec = withLibraryBlocks(s.spec(), library);
            Project base = p.base() != null ? p.base() : Project.of(SequentialSpec.named(spec.name()));
            // the editor's keys replace their old values; other layout keys (the workbench's) stay
            com.fasterxml.jackson.databind.node.ObjectNode layout =
                    (com.fasterxml.jackson.databind.node.ObjectNode) base.layout();
            layout.setAll(EditorLayout.toJson(s.layout(), p.data()));
            return base.withSpec(spec, library)
                    .withLayout(layout)
                    .withArguments(s.values(), List.copyOf(s.tuned()));
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot save: " + e.getMessage(), e);
        }
    }

    /**
     * The spec with each composite block replaced by the library's block of the same name (the
     * file refers to blocks by name); composites missing from the library are added to it.
     */
    private static Spec withLibraryBlocks(Spec spec, List<CompositeBlock> library) {
        Map<String, CompositeBlock> byName = new LinkedHashMap<>();
        library.forEach(b -> byName.putIfAbsent(b.name(), b));
        for (Node n : spec.nodes()) {
            if (n.block() instanceof CompositeBlock used && byName.putIfAbsent(used.name(), used) == null) {
                library.add(used);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Node n : spec.nodes()) {
            nodes.add(n.block() instanceof CompositeBlock c ? new Node(n.name(), byName.get(c.name()), n.inputs()) : n);
        }
        return spec instanceof FunctionalSpec ? new FunctionalSpec(spec.name(), nodes)
                : new SequentialSpec(spec.name(), nodes);
    }
}
