package org.blocktune.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.TuneJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A project with kept candidates plans a run of exactly those candidates, checked against its search space. */
class TunePlanKeptCandidatesTest {
    private static final Path FILE = Path.of("iris.blocktune.json");
    private static Project project;
    private static LoadedData iris;

    @BeforeAll
    static void irisProject() throws Exception {
        Roles roles = new Roles(List.of("Species"),
                Map.of("input", List.of("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width")));
        Map<String, Domain> space = new LinkedHashMap<>();
        space.put("dense_units", new Domain.IntRange(4, 16));
        space.put("learn_rate", Domain.ValueSet.of(0.01, 0.1));
        project = Project.of(SeedSpecs.irisMlp())
                .withData(new DataRef(new DataSource.Shipped("iris"), roles, Recipe.of()))
                .withArguments(Map.of("fit_epochs", 1), List.of("dense_units", "learn_rate"))
                .withSpace(ParameterSet.of(space))
                .withGrid(GridSettings.regular(2));
        iris = ShippedData.load("iris");
    }

    private static Map<String, Object> row(Object units, Object rate) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dense_units", units);
        r.put("learn_rate", rate);
        return r;
    }

    private static List<Map<String, Object>> values(TuneJob job) {
        return job.initialCandidates().stream().map(Candidate::values).toList();
    }

    @Test
    void withoutKeptCandidatesTheWholeGridRuns() {
        TuneJob job = TunePlan.of(project, FILE, iris).job();
        assertEquals(List.of(row(4, 0.01), row(16, 0.01), row(4, 0.1), row(16, 0.1)), values(job));
        assertEquals(GridSettings.regular(2), job.grid());
    }

    @Test
    void keptCandidatesRunExactlyThoseInTheGridsOrder() {
        // stored in another order, 16 read back as a Long: the job holds the grid's rows in the grid's order
        Project kept = project.withKeptCandidates(List.of(row(16L, 0.1), row(4, 0.01)));
        TuneJob job = TunePlan.of(kept, FILE, iris).job();
        assertNull(job.grid(), "an explicit candidate list, not the grid");
        assertEquals(List.of(row(4, 0.01), row(16, 0.1)), values(job));
        assertEquals(List.of("cand_001", "cand_002"), job.initialCandidates().stream().map(Candidate::id).toList());
        assertEquals(List.of("dense_units", "learn_rate"), job.parameterNames());
        assertEquals(Integer.class, job.candidates().get(1).get("dense_units").getClass());
    }

    @Test
    void aKeptRowInsideTheSpaceButOffTheGridStillRunsInTheStoredOrder() {
        // a regular grid with per-argument levels in the app makes rows the project's grid does not
        Project kept = project.withKeptCandidates(List.of(row(16, 0.1), row(10, 0.01)));
        assertEquals(List.of(row(16, 0.1), row(10, 0.01)), values(TunePlan.of(kept, FILE, iris).job()));
    }

    @Test
    void aKeptRowThatNoLongerFitsTheSpaceIsNamedWithItsArgument() {
        Project outside = project.withKeptCandidates(List.of(row(4, 0.01), row(64, 0.1)));
        String e = assertThrows(IllegalArgumentException.class, () -> TunePlan.of(outside, FILE, iris)).getMessage();
        assertTrue(e.startsWith("kept candidate 2 of 2 {dense_units=64, learn_rate=0.1}: 'dense_units' = 64 is "
                + "outside its domain"), e);
        assertTrue(e.contains("keep the valid rows"), e);

        Map<String, Object> extra = row(4, 0.01);
        extra.put("dropout", 0.2);
        Project unknown = project.withKeptCandidates(List.of(extra));
        e = assertThrows(IllegalArgumentException.class, () -> TunePlan.of(unknown, FILE, iris)).getMessage();
        assertTrue(e.startsWith("kept candidate 1 of 1 {dense_units=4, learn_rate=0.01, dropout=0.2} sets "
                + "'dropout', which is not a tuned argument of the search space [dense_units, learn_rate]"), e);

        Project untuned = project.withArguments(Map.of("fit_epochs", 1), List.of("dense_units"))
                .withKeptCandidates(List.of(row(4, 0.01)));
        e = assertThrows(IllegalArgumentException.class, () -> TunePlan.of(untuned, FILE, iris)).getMessage();
        assertTrue(e.contains("sets 'learn_rate', which is not a tuned argument"), e);

        Project missing = project.withKeptCandidates(List.of(Map.of("dense_units", 4)));
        e = assertThrows(IllegalArgumentException.class, () -> TunePlan.of(missing, FILE, iris)).getMessage();
        assertTrue(e.contains("has no value for the tuned argument 'learn_rate'"), e);

        Project twice = project.withKeptCandidates(List.of(row(4, 0.01), row(4L, 0.01)));
        e = assertThrows(IllegalArgumentException.class, () -> TunePlan.of(twice, FILE, iris)).getMessage();
        assertTrue(e.startsWith("kept candidate 2 of 2") && e.contains("repeats an earlier kept candidate"), e);
    }
}
