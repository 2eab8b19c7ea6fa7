package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** blocktune export and import-keras on a project made by init. */
class ExchangeCommandsTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void init() {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
        project = dir.resolve("iris.blocktune.json");
        CommandLineTest.Result r = CommandLineTest.run("init", "iris", "-o", project.toString(), "--outcome", "Species",
                "--set", "fit_epochs=3");
        assertEquals(ExitCodes.OK, r.code(), r.err());
    }

    @Test
    void exportWritesEachLanguageAndRefusesWhatItCannotDo() throws Exception {
        for (String lang : new String[] {"java", "python", "r"}) {
            Path out = dir.resolve("out-" + lang);
            CommandLineTest.Result r = CommandLineTest.run("export", project.toString(), "--to", lang, "-o", out.toString(),
                    "--set", "hidden_units=20");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("exported 163 parameter(s) with the project's fixed values"), r.out());
        }
        assertTrue(Files.readString(dir.resolve("out-java").resolve("Iris.java")).contains(".nOut(20)"));
        assertTrue(Files.readString(dir.resolve("out-python").resolve("iris.py")).contains("\"hidden_units\": 20"));
        assertEquals(112, Files.readAllLines(dir.resolve("out-python").resolve("iris-data.csv")).size(), "header + 111 training rows (the 75 % split)");
        assertTrue(Files.readString(dir.resolve("out-r").resolve("iris.R")).contains("create_keras_sequential_spec("));

        CommandLineTest.Result lang = CommandLineTest.run("export", project.toString(), "--to", "julia");
        assertEquals(ExitCodes.USAGE, lang.code());
        assertTrue(lang.err().contains("choose java, python or r"), lang.err());
        CommandLineTest.Result best = CommandLineTest.run("export", project.toString(), "--to", "r", "--params", "best",
                "-o", dir.resolve("x").toString());
        assertEquals(ExitCodes.BAD_INPUT, best.code());
        assertTrue(best.err().contains("there is no tune run") && best.err().contains("--params fixed"), best.err());
    }

    @Test
    void importKerasReplacesTheSpecAndKeepsTheData() throws Exception {
        Path model = dir.resolve("model.json");
        Files.copy(Path.of("..", "model-core", "src", "test", "resources", "exchange", "keras", "sequential-keras3.json"), model);
        Path target = dir.resolve("imported.blocktune.json");
        Files.copy(project, target);
        CommandLineTest.Result r = CommandLineTest.run("import-keras", model.toString(), "--into", target.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Project p = ProjectFile.read(target);
        assertEquals("iris_mlp", p.spec().name());
        assertEquals(64, p.values().get("dense_units"));
        assertEquals(3, p.values().get("fit_epochs"), "training settings of the project are kept");
        assertTrue(p.tuned().isEmpty());
        assertEquals("Species", p.data().roles().outcomes().get(0));
        CommandLineTest.Result dry = CommandLineTest.run("compile-grid", target.toString());
        assertEquals(ExitCodes.OK, dry.code(), dry.err());
        assertTrue(dry.out().contains("2723"), "4→64→BN→32→3: " + dry.out());

        Path h5 = Files.writeString(dir.resolve("model.h5"), "x");
        CommandLineTest.Result refused = CommandLineTest.run("import-keras", h5.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("model.to_json()"), refused.err());
    }
}
