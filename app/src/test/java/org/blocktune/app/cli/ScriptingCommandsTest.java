package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.tune.RunLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** args, results, --set, tune --fresh and the checks made before any work starts. */
class ScriptingCommandsTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void init() throws Exception {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
        project = dir.resolve("iris.blocktune.json");
        CommandLineTest.Result r = CommandLineTest.run("init", "iris", "-o", project.toString(), "--outcome", "Species",
                "--set", "fit_epochs=4", "--set", "hidden_units=[8,16]", "--set", "learn_rate=0.05");
        assertEquals(ExitCodes.OK, r.code(), r.err());
    }

    private static CommandLineTest.Result run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    void argsListsEveryGeneratedArgumentInKerasnipOrderWithValueOrDomain() {
        CommandLineTest.Result r = run("args", project.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> names = r.out().lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("num_input", "num_hidden", "num_output", "hidden_units", "learn_rate"), names.subList(0, 5));
        assertTrue(names.indexOf("fit_epochs") < names.indexOf("compile_optimizer"), names.toString());
        assertTrue(r.out().contains("hidden_units,block,int,tune,\"[8,16]\""), r.out());
        assertTrue(r.out().contains("learn_rate,learn_rate,real,fixed,0.05"), r.out());
        assertTrue(r.out().contains("fit_epochs,fit,int,fixed,4"), r.out());
        assertTrue(r.out().contains("compile_optimizer,compile,choice,default,adam"), r.out());

        // --set for this command only: a range, and a fixed value replacing a domain
        CommandLineTest.Result set = run("args", project.toString(), "--format", "csv", "--set", "learn_rate=0.001..0.1:log10",
                "--set", "hidden_units=32");
        assertEquals(ExitCodes.OK, set.code(), set.err());
        assertTrue(set.out().contains("learn_rate,learn_rate,real,tune,0.001..0.1:log10"), set.out());
        assertTrue(set.out().contains("hidden_units,block,int,fixed,32"), set.out());
        assertTrue(set.err().contains("--set: hidden_units = 32 (fixed; no longer tuned)"), set.err());

        CommandLineTest.Result typo = run("args", project.toString(), "--set", "hiden_units=3");
        assertEquals(ExitCodes.BAD_INPUT, typo.code());
        assertTrue(typo.err().contains("no argument 'hiden_units'") && typo.err().contains("hidden_units"), typo.err());
        CommandLineTest.Result bad = run("args", project.toString(), "--set", "hidden_units=-3");
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("'hidden_units' must be"), bad.err());
    }

    @Test
    void tuneThenResultsThenFreshAndTheChecksBeforeWork() throws Exception {
        Path runs = dir.resolve("runs-a");
        CommandLineTest.Result none = run("results", project.toString(), "--run-folder", runs.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.code());
        assertTrue(none.err().contains("there is no tune run in"), none.err());

        CommandLineTest.Result missing = run("tune", project.toString(), "--resume", "--run-folder", runs.toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("there is no run to resume in " + runs.toAbsolutePath())
                && missing.err().contains("without --resume"), missing.err());
        assertFalse(Files.exists(runs.resolve("run.json")), "nothing was started");

        CommandLineTest.Result tune = run("tune", project.toString(), "--run-folder", runs.toString());
        assertEquals(ExitCodes.OK, tune.code(), tune.err());
        assertEquals(10, Files.readAllLines(runs.resolve("fits.jsonl")).size(), "2 candidates × 5 folds");

        CommandLineTest.Result results = run("results", runs.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, results.code(), results.err());
        assertTrue(results.out().contains("10 of 10 fit(s) recorded"), results.out());
        assertTrue(results.out().contains("best 2 by accuracy"), results.out());
        assertTrue(results.out().lines().anyMatch(l -> l.startsWith("best: cand_00")), results.out());
        assertTrue(results.out().lines().anyMatch(l -> l.startsWith("one-std-err (simplest by hidden_units): cand_00")), results.out());
        assertEquals(results.out().lines().filter(l -> l.startsWith("cand_")).count(), 2);
        // the project with --run-folder reads the same run
        CommandLineTest.Result viaProject = run("results", project.toString(), "--run-folder", runs.toString(), "--all");
        assertEquals(ExitCodes.OK, viaProject.code(), viaProject.err());

        CommandLineTest.Result again = run("tune", project.toString(), "--run-folder", runs.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already holds a run") && again.err().contains("--resume")
                && again.err().contains("--fresh"), again.err());
        CommandLineTest.Result other = run("tune", project.toString(), "--run-folder", runs.toString(), "--resume",
                "--set", "fit_epochs=5");
        assertEquals(ExitCodes.BAD_INPUT, other.code());
        assertTrue(other.err().contains("belongs to a different tune job") && other.err().contains("--fresh starts over"),
                other.err());
        Files.writeString(runs.resolve("fits.jsonl"), Files.readAllLines(runs.resolve("fits.jsonl")).get(0) + "\n");
        CommandLineTest.Result fresh = run("tune", project.toString(), "--run-folder", runs.toString(), "--fresh");
        assertEquals(ExitCodes.OK, fresh.code(), fresh.err());
        assertFalse(fresh.err().contains("already done"), fresh.err());
        assertEquals(10, Files.readAllLines(runs.resolve("fits.jsonl")).size(), "started over: every fit ran again");

        CommandLineTest.Result workers = run("tune", project.toString(), "--workers", "-3");
        assertEquals(ExitCodes.USAGE, workers.code());
        assertTrue(workers.err().contains("--workers must be 0 (automatic) or a positive number"), workers.err());

        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        CommandLineTest.Result unwritable = run("tune", project.toString(), "--run-folder", blocker.resolve("runs").toString());
        assertEquals(ExitCodes.BAD_INPUT, unwritable.code());
        assertTrue(unwritable.err().contains("cannot write to the run folder") && unwritable.err().contains("--run-folder DIR"),
                unwritable.err());

        CommandLineTest.Result fit = run("fit", project.toString(), "--run-folder", runs.toString(),
                "--model", blocker.resolve("m.zip").toString());
        assertEquals(ExitCodes.BAD_INPUT, fit.code());
        assertTrue(fit.err().contains("is a file, not a folder") && fit.err().contains("--model FILE"), fit.err());
        assertFalse(fit.err().contains("fitting"), "refused before training: " + fit.err());

        CommandLineTest.Result out = run("compile-grid", project.toString(), "-o", blocker.resolve("t.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, out.code());
        assertFalse(out.err().contains("dry run"), "refused before the dry run: " + out.err());
    }

    @Test
    void aRunFolderHeldByAnotherRunIsRefusedWithAClearMessage() throws Exception {
        Path runs = dir.resolve("runs-locked");
        try (RunLock held = RunLock.acquire(runs)) {
            CommandLineTest.Result r = run("tune", project.toString(), "--run-folder", runs.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertTrue(r.err().contains("is in use by another run"), r.err());
            assertFalse(Files.exists(runs.resolve("run.json")));
        }
    }

    @Test
    void theResumeHintNamesTheRunFolderAndTheSetOptions() {
        TuneCommand tune = new TuneCommand();
        new CommandLine(tune).parseArgs("my project.json", "--run-folder", "/tmp/my runs", "--set", "fit_epochs=3",
                "--workers", "2");
        assertEquals("blocktune tune 'my project.json' --run-folder '/tmp/my runs' --set fit_epochs=3 --resume",
                tune.resumeCommand());
    }
}
