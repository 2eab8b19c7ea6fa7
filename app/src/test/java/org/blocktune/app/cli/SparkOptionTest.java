package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.blocktune.app.common.SparkModule;
import org.blocktune.core.examples.ExampleProject;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.io.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tune --spark} where the spark module is absent (the app's own classpath, as in the
 * installers): a plain message saying how to get it, exit code 3, and no run started.
 */
class SparkOptionTest {
    @TempDir
    Path dir;

    @Test
    void withoutTheSparkModuleTuneSaysHowToGetItAndStartsNothing() throws Exception {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
        assertFalse(SparkModule.available(), "the app must not carry the spark module");
        ExampleProject iris = ExampleProjects.example("iris");
        Path project = dir.resolve("iris.blocktune.json");
        ProjectFile.write(iris.quick(), project);
        CommandLineTest.Result r = CommandLineTest.run("tune", project.toString(), "--spark", "local[2]");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("Spark support is not part of this installation"), r.err());
        assertTrue(r.err().contains("bin/blocktune tune PROJECT --spark local[*]"), r.err());
        assertFalse(Files.exists(dir.resolve("iris.blocktune.runs").resolve("fits.jsonl")), "no run was started");
    }

    @Test
    void sparkSettingsWithoutAMasterAreRefused() throws Exception {
        ExampleProject iris = ExampleProjects.example("iris");
        Path project = dir.resolve("iris.blocktune.json");
        ProjectFile.write(iris.quick(), project);
        CommandLineTest.Result r = CommandLineTest.run("tune", project.toString(), "--spark-conf", "spark.executor.memory=2g");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("--spark-conf needs --spark MASTER"), r.err());
    }
}
