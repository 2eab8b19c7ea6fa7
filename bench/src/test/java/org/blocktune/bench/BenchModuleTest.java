package org.blocktune.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bench module's shape: the entry points that app's {@code BenchCommand} calls by name (the app
 * does not depend on this module), and DL4J/ND4J used directly only by the hand-written baselines.
 */
class BenchModuleTest {
    @Test
    void theEntryPointsTheCommandLineCallsByNameExist() throws Exception {
        assertPublicStatic(Benchmarks.class.getMethod("runAll", PrintStream.class, boolean.class, Path.class));
        assertPublicStatic(SpeedBenchmark.class.getMethod("main", String[].class));
        assertEquals("blocktune.datasets", BenchData.PROPERTY); // BenchCommand.DATASETS_PROPERTY
    }

    @Test
    void onlyTheBaselinesUseDl4jDirectly() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.blocktune.bench");
        noClasses().that().resideOutsideOfPackage("org.blocktune.bench.dl4j..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .because("the benchmarks measure BlockTune through its API; plain DL4J is the baselines' job")
                .check(classes);
    }

    private static void assertPublicStatic(Method m) {
        assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()), m.toString());
    }
}
