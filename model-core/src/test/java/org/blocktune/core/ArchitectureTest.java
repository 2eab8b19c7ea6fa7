package org.blocktune.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** model-core stays UI-free, and only its dl4j package talks to DL4J/ND4J. */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.blocktune.core");
    }

    @Test
    void onlyTheDl4jPackageUsesDl4jOrNd4j() {
        noClasses().that().resideOutsideOfPackage("org.blocktune.core.dl4j..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..",
                        "org.datavec..", "org.bytedeco..")
                .check(core);
    }

    @Test
    void noUiLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..",
                "org.controlsfx..", "java.awt..", "javax.swing..")
                .check(core);
    }
}
