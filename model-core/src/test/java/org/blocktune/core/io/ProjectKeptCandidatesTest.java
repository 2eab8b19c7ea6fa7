package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The rows a dry run kept ("keep valid rows only") are part of the project file. */
class ProjectKeptCandidatesTest {
    @TempDir
    Path tmp;

    private static Map<String, Object> row(Object units, Object rate, Object optimizer, Object shuffle) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dense_units", units);
        r.put("learn_rate", rate);
        r.put("compile_optimizer", optimizer);
        r.put("fit_shuffle", shuffle);
        return r;
    }

    @Test
    void keptCandidatesRoundTripAsAVersion2File() throws Exception {
        List<Map<String, Object>> kept = List.of(row(16, 0.001, "adam", true), row(12_345_678_901L, 0.1, "sgd", false));
        Project p = Project.of(SeedSpecs.irisMlp()).withKeptCandidates(kept);
        assertTrue(p.hasKeptCandidates());
        Path file = tmp.resolve("kept.blocktune.json");
        ProjectFile.write(p, file);
        Project back = ProjectFile.read(file);
        assertEquals(p, back);
        assertEquals(kept, back.keptCandidates());
        assertEquals(List.copyOf(kept.get(0).keySet()), List.copyOf(back.keptCandidates().get(0).keySet()));
        byte[] first = Files.readAllBytes(file);
        ProjectFile.write(back, file);
        assertArrayEquals(first, Files.readAllBytes(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\" : 2,"), text);
        assertTrue(text.contains("\"keptCandidates\" : [ {"), text);
    }

    @Test
    void withoutKeptCandidatesTheFileStaysVersion1AndAnOldFileOpens() throws Exception {
        Project p = Project.of(SeedSpecs.irisMlp());
        String text = ProjectJson.write(p, tmp);
        assertTrue(text.contains("\"version\" : 1,"), "older BlockTune versions still open it: " + text);
        assertFalse(text.contains("keptCandidates"), text);
        assertEquals(p, ProjectJson.read(text, tmp));
        assertEquals(List.of(), ProjectJson.read(text, tmp).keptCandidates());
        assertEquals(p, p.withKeptCandidates(null), "null and empty both mean every candidate");
        assertEquals(p, p.withKeptCandidates(List.of(row(8, 0.1, "adam", true))).withKeptCandidates(List.of()));
    }

    @Test
    void badKeptCandidatesAreLocated() throws Exception {
        String good = ProjectJson.write(Project.of(SeedSpecs.irisMlp())
                .withKeptCandidates(List.of(row(16, 0.01, "adam", true))), tmp);
        assertEquals("keptCandidates: expected a list [...], found an object",
                readError(good.replace("\"keptCandidates\" : [", "\"keptCandidates\" : {\"a\": [")
                        .replace("} ]\n}", "} ]}\n}")));
        String notAnObject = readError(good.replace("\"keptCandidates\" : [ {", "\"keptCandidates\" : [ 3, {"));
        assertTrue(notAnObject.startsWith("keptCandidates[0]: expected an object"), notAnObject);
        String list = readError(good.replace("\"dense_units\" : 16", "\"dense_units\" : [16]"));
        assertTrue(list.startsWith("keptCandidates[0].dense_units: expected a number, text or true/false"), list);
        var e = assertThrows(IllegalArgumentException.class, () -> Project.of(SeedSpecs.irisMlp())
                .withKeptCandidates(List.of(Map.of("dense_units", new int[] {16}))));
        assertTrue(e.getMessage().contains("dense_units"), e.getMessage());
    }

    private String readError(String text) {
        return assertThrows(ProjectFormatException.class, () -> ProjectJson.read(text, tmp)).getMessage();
    }
}
