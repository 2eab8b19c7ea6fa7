package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved final model in the project file: relative path, version 5 only when present, located errors. */
class ProjectFinalModelTest {
    @TempDir
    Path tmp;

    private static Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", 0.9333);
        m.put("mn_log_loss", 0.21);
        m.put("roc_auc", Double.NaN);
        return m;
    }

    @Test
    void theFinalModelRoundTripsWithAPathRelativeToTheProject() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("proj"));
        Project p = Project.of(SeedSpecs.irisMlp())
                .withFinalModel(new FinalModelRef(folder.resolve("iris.model.zip"), "cand_004", metrics()));
        Path file = folder.resolve("iris.blocktune.json");
        ProjectFile.write(p, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\" : 5"), text);
        assertTrue(text.contains("\"file\" : \"iris.model.zip\""), text);
        Project back = ProjectFile.read(file);
        assertEquals(p, back);
        assertEquals(List.of("accuracy", "mn_log_loss", "roc_auc"), List.copyOf(back.finalModel().testMetrics().keySet()));
        assertTrue(back.finalModel().testMetrics().get("roc_auc").isNaN());
        byte[] first = Files.readAllBytes(file);
        ProjectFile.write(back, file);
        assertArrayEquals(first, Files.readAllBytes(file));

        // the folder moves with its model: the reference follows
        Path moved = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.move(file, moved.resolve("iris.blocktune.json"));
        assertEquals(moved.resolve("iris.model.zip").toAbsolutePath().normalize(),
                ProjectFile.read(moved.resolve("iris.blocktune.json")).finalModel().file());
    }

    @Test
    void aProjectWithoutAFinalModelSavesAsBefore() throws Exception {
        Project p = Project.of(SeedSpecs.irisMlp());
        Path file = tmp.resolve("plain.blocktune.json");
        ProjectFile.write(p, file);
        String text = Files.readString(file);
        assertFalse(text.contains("finalModel"), text);
        assertTrue(text.contains("\"version\" : 1"), text);
        assertNull(ProjectFile.read(file).finalModel());
        // dropping the final model gives the same bytes as never having had one
        Project had = p.withFinalModel(new FinalModelRef(tmp.resolve("m.model.zip"), "cand_001", Map.of()));
        ProjectFile.write(had.withFinalModel(null), tmp.resolve("again.blocktune.json"));
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(tmp.resolve("again.blocktune.json")));
    }

    @Test
    void brokenFinalModelFieldsAreLocated() throws Exception {
        Path file = tmp.resolve("f.blocktune.json");
        ProjectFile.write(Project.of(SeedSpecs.irisMlp())
                .withFinalModel(new FinalModelRef(tmp.resolve("m.model.zip"), "cand_001", metrics())), file);
        String text = Files.readString(file);
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("finalModel.candidat", text.replace("\"candidate\"", "\"candidat\""));
        broken.put("finalModel.testMetrics.accuracy", text.replace("0.9333", "\"high\""));
        broken.put("finalModel.file", text.replace("\"m.model.zip\"", "\"  \""));
        for (Map.Entry<String, String> b : broken.entrySet()) {
            Path f = Files.writeString(tmp.resolve("broken.blocktune.json"), b.getValue());
            ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFile.read(f));
            assertTrue(e.getMessage().startsWith(b.getKey() + ":"), e.getMessage());
        }
    }
}
