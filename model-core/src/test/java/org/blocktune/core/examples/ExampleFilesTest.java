package org.blocktune.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.blocktune.core.compile.CompileGrid;
import org.blocktune.core.compile.CompileGridResult;
import org.blocktune.core.fit.DataShapes;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.project.ShippedData;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.TuneJob;
import org.junit.jupiter.api.Test;

/**
 * The shipped example files in {@code resources/examples} are exactly what {@link ExampleProjects}
 * defines, open with {@link ProjectFile#read}, and every candidate of every budget passes the dry run.
 */
class ExampleFilesTest {
    private static final String REWRITE = "; rewrite the files with: mvn -pl model-core compile exec:java "
            + "-Dexec.mainClass=org.blocktune.core.examples.ExampleProjects";

    private static Path folder() throws IOException {
        return ShippedData.resources().resolve(ExampleProjects.FOLDER);
    }

    @Test
    void shippedFilesEqualTheDefinitions() throws IOException {
        Path folder = folder();
        for (ExampleProject e : ExampleProjects.all()) {
            for (boolean quick : new boolean[] {false, true}) {
                Path file = folder.resolve(e.fileName(quick));
                assertTrue(Files.isRegularFile(file), file + " is missing" + REWRITE);
                assertEquals(ExampleProjects.text(e, quick, folder), Files.readString(file),
                        file + " differs from its definition" + REWRITE);
            }
        }
    }

    @Test
    void shippedFilesOpenAsTheirProjects() throws Exception {
        Path folder = folder();
        for (ExampleProject e : ExampleProjects.all()) {
            for (boolean quick : new boolean[] {false, true}) {
                assertEquals(e.project(quick), ProjectFile.read(folder.resolve(e.fileName(quick))), e.fileName(quick));
            }
        }
    }

    @Test
    void theFolderHoldsNoOtherProjects() throws IOException {
        List<String> expected = new ArrayList<>();
        for (ExampleProject e : ExampleProjects.all()) {
            expected.add(e.fileName(false));
            expected.add(e.fileName(true));
        }
        try (Stream<Path> files = Files.list(folder())) {
            List<String> found = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(ExampleProject.EXTENSION)).sorted().toList();
            assertEquals(expected.stream().sorted().toList(), found);
        }
    }

    @Test
    void budgetsDifferOnlyInSize() {
        for (ExampleProject e : ExampleProjects.all()) {
            assertEquals(e.full().spec(), e.quick().spec(), e.name());
            assertEquals(e.full().data(), e.quick().data(), e.name());
            assertEquals(e.full().tuned(), e.quick().tuned(), e.name());
            assertEquals(e.full().metrics(), e.quick().metrics(), e.name());
        }
    }

    @Test
    void everyCandidatePassesTheDryRun() throws IOException {
        for (ExampleProject e : ExampleProjects.all()) {
            for (boolean quick : new boolean[] {false, true}) {
                TuneJob job = TunePlan.load(e.project(quick), Path.of(e.fileName(quick))).job();
                List<Map<String, Object>> rows = job.initialCandidates().stream().map(Candidate::values).toList();
                DataShape shape = DataShapes.readings(job.training(), job.roles(), job.recipe()).get(0);
                CompileGridResult r = CompileGrid.run(job.spec(), job.fixed(), rows, shape, job.control().seed(), null,
                        CancellationToken.none());
                assertEquals(rows.size(), r.validRows().size(), e.fileName(quick) + ": " + r.errorSummary(5));
            }
        }
    }
}
