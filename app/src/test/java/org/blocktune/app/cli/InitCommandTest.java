package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code blocktune init} on each shipped CSV data set gives a project that {@code compile-grid} takes as it is. */
class InitCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void resources() {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
    }

    private static Path copy(String name) throws Exception {
        Path to = dir.resolve(name + ".csv");
        if (!Files.exists(to)) Files.copy(Path.of("..", "resources", "datasets", name + ".csv"), to);
        return to;
    }

    @ParameterizedTest
    @CsvSource({"iris,Species,mlp,classification,4", "diamonds,price,mlp,regression,9",
            "attrition,Attrition,deep-mlp,classification,30"})
    void initOnAShippedCsvCompilesEveryCandidateClean(String name, String outcome, String template, String task,
                                                      int predictors) throws Exception {
        Path csv = copy(name);
        CommandLineTest.Result init = CommandLineTest.run("init", csv.toString(), "--outcome", outcome, "--template", template);
        assertEquals(ExitCodes.OK, init.code(), init.err());
        Path project = dir.resolve(name + ".blocktune.json");
        assertTrue(init.out().contains("wrote " + project) && init.out().contains(task + " of '" + outcome + "'"), init.out());
        Project p = ProjectFile.read(project);
        assertEquals(List.of(outcome), p.data().roles().outcomes());
        assertEquals(predictors, p.data().roles().predictors().size(), p.data().roles().toString());
        assertTrue(p.tuned().contains("hidden_units") && p.tuned().contains("learn_rate"), p.tuned().toString());
        assertEquals(5, p.resampling().folds());
        // categorical predictors (diamonds' cut, attrition's text columns) are dummy-encoded; iris has none
        assertEquals(!name.equals("iris"), p.data().recipe().steps().stream().anyMatch(s -> s instanceof Dummy));

        CommandLineTest.Result dry = CommandLineTest.run("compile-grid", project.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, dry.code(), dry.err());
        assertTrue(dry.err().contains("All " + (template.equals("mlp") ? 9 : 12) + " models compiled successfully"), dry.err());
        assertFalse(dry.err().contains("data check"), dry.err());
    }

    @Test
    void initOnTheShippedFashionMnistImagesFlattensAndScalesThem() throws Exception {
        Path project = dir.resolve("fashion.blocktune.json");
        CommandLineTest.Result init = CommandLineTest.run("init", "fashion-mnist", "--outcome", "label", "-o", project.toString());
        assertEquals(ExitCodes.OK, init.code(), init.err());
        Project p = ProjectFile.read(project);
        assertEquals(List.of("input", "flatten", "hidden", "output"), p.spec().nodes().stream().map(n -> n.name()).toList());
        assertTrue(p.data().recipe().steps().get(0) instanceof org.blocktune.core.data.recipe.ScaleImages);
        CommandLineTest.Result dry = CommandLineTest.run("compile-grid", project.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, dry.code(), dry.err());
        assertTrue(dry.out().contains("cand_001,ok,16,0.001,12730"), dry.out());
    }

    @Test
    void aNumericOutcomeCanBeReadAsClassesAndTextCannotBeANumber() throws Exception {
        Path csv = copy("iris");
        Path out = dir.resolve("sub").resolve("petal.blocktune.json");
        CommandLineTest.Result asClasses = CommandLineTest.run("init", csv.toString(), "--outcome", "Petal.Width",
                "--task", "classification", "-o", out.toString());
        assertEquals(ExitCodes.OK, asClasses.code(), asClasses.err());
        assertTrue(asClasses.out().contains("classification of 'Petal.Width'"), asClasses.out());
        assertTrue(Files.readString(out).contains("\"Petal.Width\" : \"categorical\""));

        CommandLineTest.Result again = CommandLineTest.run("init", csv.toString(), "--outcome", "Petal.Width", "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already exists") && again.err().contains("--force"), again.err());

        CommandLineTest.Result text = CommandLineTest.run("init", csv.toString(), "--outcome", "Species", "--task", "regression",
                "-o", dir.resolve("x.blocktune.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, text.code());
        assertTrue(text.err().contains("cannot be predicted as a number") && text.err().contains("--task classification"), text.err());

        CommandLineTest.Result noColumn = CommandLineTest.run("init", csv.toString(), "--outcome", "species",
                "-o", dir.resolve("y.blocktune.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, noColumn.code());
        assertTrue(noColumn.err().contains("there is no column 'species'") && noColumn.err().contains("Species"), noColumn.err());

        CommandLineTest.Result badTemplate = CommandLineTest.run("init", csv.toString(), "--outcome", "Species",
                "--template", "cnn", "-o", dir.resolve("z.blocktune.json").toString());
        assertEquals(ExitCodes.USAGE, badTemplate.code());
        assertTrue(badTemplate.err().contains("mlp") && badTemplate.err().contains("deep-mlp"), badTemplate.err());
    }
}
