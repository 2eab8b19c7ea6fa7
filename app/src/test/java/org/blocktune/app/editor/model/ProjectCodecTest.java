package org.blocktune.app.editor.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.app.editor.io.EditorProject;
import org.blocktune.app.editor.io.ProjectCodec;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.Roles;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCodecTest {

    private static EditorProject towers() {
        EditorDocument d = new EditorDocument(DocState.of(SeedSpecs.attritionTowers()),
                DataShape.classification(Shape.flat(44), 2));
        d.moveBlocks(Map.of("tower_a", new Position(12.5, 300.25)));
        d.setValue("tower_b_dropout", 0.25);
        d.setValue("fit_epochs", 7);
        d.setTuned("tower_a_units", true);
        return new EditorProject(d.state(), d.data());
    }

    @Test
    void roundTripsSpecPositionsValuesTuneMarksCompositesAndData() throws IOException {
        EditorProject p = towers();
        String json = ProjectCodec.toJson(p);
        EditorProject back = ProjectCodec.fromJson(json);
        assertEquals(p.state(), back.state());
        assertEquals(p.data(), back.data());
        assertEquals(List.of("dense_block"), back.state().composites().stream().map(b -> b.name()).toList());
        assertTrue(json.contains("\"format\" : \"blocktune-project\""), json);
        assertEquals(json, ProjectCodec.toJson(back));
    }

    @Test
    void theEditorsPartsLiveInTheCoreProjectAndItsLayoutNode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("towers.blocktune.json");
        ProjectCodec.write(towers(), file);
        Project core = ProjectFile.read(file);
        assertEquals(SeedSpecs.attritionTowers(), core.spec());
        assertEquals(List.of("tower_a_units"), core.tuned());
        assertEquals(0.25, core.values().get("tower_b_dropout"));
        assertEquals(300.25, core.layout().path("positions").path("tower_a").path("y").asDouble());
        assertEquals(44, core.layout().path("dataShape").path("inputs").path("input").get(0).asInt());
    }

    @Test
    void savingKeepsThePartsOfTheProjectTheEditorDoesNotShow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("iris.blocktune.json");
        Project withData = Project.of(SeedSpecs.irisMlp())
                .withData(new DataRef(new DataSource.CsvFile(dir.resolve("iris.csv"), CsvOptions.defaults()),
                        new Roles(List.of("Species"), Map.of("input", List.of("Sepal.Length"))), null))
                .withSpace(ParameterSet.of().add("dense_units", new Domain.IntRange(4, 64)))
                .withResampling(ResamplingSettings.defaults());
        ProjectFile.write(withData, file);
        EditorProject opened = ProjectCodec.read(file);
        assertNotNull(opened.base());
        EditorDocument d = new EditorDocument(opened.state(), opened.data());
        d.setValue("dense_units", 16);
        Project saved = ProjectCodec.write(new EditorProject(d.state(), d.data(), opened.base()), file);
        Project back = ProjectFile.read(file);
        assertEquals(saved, back);
        assertEquals(withData.data(), back.data());
        assertEquals(withData.space(), back.space());
        assertEquals(16, back.values().get("dense_units"));
    }

    @Test
    void keptRowsAndLevelsSavedInTheLayoutByEarlierVersionsMoveToTheProjectsFields(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("kept.blocktune.json");
        Project plain = Project.of(SeedSpecs.irisMlp()).withArguments(Map.of(), List.of("dense_units"));
        // the workbench's section as earlier versions wrote it: levels and the kept rows
        com.fasterxml.jackson.databind.node.ObjectNode layout = plain.layout().deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode workbench = layout.putObject("workbench");
        workbench.putObject("levels").put("dense_units", 4);
        workbench.putArray("kept").addObject().put("dense_units", 16);
        workbench.withArray("kept").addObject().put("dense_units", 12_345_678_901L);
        ProjectFile.write(plain.withLayout(layout), file);
        assertTrue(Files.readString(file).contains("\"version\" : 1,"), "today's file format");

        Project opened = ProjectCodec.read(file).base();
        assertEquals(List.of(Map.of("dense_units", 16), Map.of("dense_units", 12_345_678_901L)),
                opened.keptCandidates());
        assertTrue(opened.layout().path("workbench").path("kept").isMissingNode(), opened.layout().toString());
        assertEquals(Map.of("dense_units", 4), opened.grid().parameterLevels());
        assertTrue(opened.layout().path("workbench").isMissingNode(), opened.layout().toString());

        // saved again, the rows are in the core field only; a project's own kept candidates win over old ones
        ProjectCodec.write(ProjectCodec.read(file), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"keptCandidates\"") && !text.contains("\"kept\""), text);
        assertEquals(opened.keptCandidates(), ProjectFile.read(file).keptCandidates());
        Project both = ProjectFile.read(file).withKeptCandidates(List.of(Map.of("dense_units", 8)))
                .withLayout(layout);
        ProjectFile.write(both, file);
        assertEquals(List.of(Map.of("dense_units", 8)), ProjectCodec.read(file).base().keptCandidates());
    }

    @Test
    void oldEditorFilesStillOpenAndAreSavedAsProjects(@TempDir Path dir) throws Exception {
        String old = "{\"format\":\"blocktune-editor\",\"version\":1,\"name\":\"towers\",\"kind\":\"functional\","
                + "\"data\":{\"inputs\":{\"input\":[44]},\"outputs\":{\"output\":{\"classification\":true,\"width\":2}}},"
                + "\"composites\":[{\"name\":\"dense_block\",\"description\":\"d\",\"arguments\":[{\"name\":\"units\","
                + "\"default\":64}],\"layers\":[{\"type\":\"dense\",\"units\":{\"arg\":\"units\"}}]}],"
                + "\"nodes\":[{\"name\":\"main_input\",\"block\":\"input\",\"inputs\":{},\"x\":10.0,\"y\":20.0},"
                + "{\"name\":\"tower\",\"block\":\"dense_block\",\"inputs\":{\"input\":\"main_input\"},\"x\":10.0,\"y\":90.5},"
                + "{\"name\":\"output\",\"block\":\"output\",\"inputs\":{\"input\":\"tower\"}}],"
                + "\"values\":{\"tower_units\":32,\"compile_optimizer\":\"sgd\"},\"tuned\":[\"learn_rate\"]}";
        Path file = dir.resolve("old.json");
        Files.writeString(file, old);
        EditorProject p = ProjectCodec.read(file);
        assertNull(p.base());
        assertEquals(List.of("main_input", "tower", "output"), p.state().spec().nodes().stream().map(n -> n.name()).toList());
        assertEquals(new Position(10.0, 90.5), p.state().layout().get("tower"));
        assertEquals(32, p.state().values().get("tower_units"));
        assertEquals(DataShape.classification(Shape.flat(44), 2), p.data());
        ProjectCodec.write(p, file);
        assertTrue(Files.readString(file).contains("\"format\" : \"blocktune-project\""));
        EditorProject converted = ProjectCodec.read(file);
        assertEquals(p.state(), converted.state());
        assertEquals(p.data(), converted.data());
    }

    @Test
    void refusesOtherFilesAndUnknownBlocks() {
        var other = assertThrows(IOException.class, () -> ProjectCodec.fromJson("{\"format\":\"other\"}"));
        assertTrue(other.getMessage().contains("this is not a BlockTune project"), other.getMessage());
        var legacy = assertThrows(IOException.class, () -> ProjectCodec.fromJson("{\"format\":\"blocktune-editor\","
                + "\"version\":1,\"name\":\"m\",\"kind\":\"sequential\",\"nodes\":[{\"name\":\"a\",\"block\":\"nope\"}]}"));
        assertTrue(legacy.getMessage().contains("nodes[0].block: node 'a' uses unknown block 'nope'"), legacy.getMessage());
        var syntax = assertThrows(IOException.class, () -> ProjectCodec.fromJson("{\"format\":"));
        assertTrue(syntax.getMessage().startsWith("project: not valid JSON at line 1"), syntax.getMessage());
    }

    @Test
    void aFailedSaveLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.blocktune.json");
        ProjectCodec.write(towers(), file);
        byte[] before = Files.readAllBytes(file);
        DocState bad = towers().state().withValues(Map.of("fit_epochs", new Object()));
        assertThrows(IOException.class, () -> ProjectCodec.write(new EditorProject(bad, towers().data()), file));
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
