package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.Grid;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regular grid's levels of single parameters: in the grid it makes and in the project file. */
class GridParameterLevelsTest {
    @TempDir
    Path tmp;

    private static final ParameterSet SPACE = ParameterSet.of(Map.of(
            "dense_units", new Domain.IntRange(4, 16, Transform.IDENTITY),
            "learn_rate", new Domain.RealRange(0.001, 0.1, Transform.LOG10, false)));

    @Test
    void aParameterWithItsOwnLevelsHasThatManyValuesInTheRegularGrid() {
        GridSettings g = GridSettings.regular(3).withParameterLevels(Map.of("learn_rate", 2, "not_tuned", 5));
        Grid grid = g.generate(SPACE);
        assertEquals(6, grid.rows().size(), "3 units × 2 learning rates; a name outside the space is ignored");
        assertEquals(List.of(0.001, 0.1), grid.rows().stream().map(r -> ((Number) r.get("learn_rate")).doubleValue())
                .distinct().sorted().toList());
        assertEquals(Map.of("dense_units", 3, "learn_rate", 2), g.levelsFor(SPACE));
        assertEquals(9, GridSettings.regular(3).generate(SPACE).rows().size());
    }

    @Test
    void levelsBelowOneAreRefusedWithTheParameterNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GridSettings.regular(3).withParameterLevels(Map.of("learn_rate", 0)));
        assertTrue(e.getMessage().contains("'learn_rate'") && e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void aProjectWithParameterLevelsRoundTripsAsVersion2AndWithoutAsVersion1() throws Exception {
        Project base = Project.of(SeedSpecs.irisMlp()).withArguments(Map.of(), List.of("dense_units", "learn_rate"))
                .withSpace(SPACE);
        Path file = tmp.resolve("levels.blocktune.json");
        ProjectFile.write(base.withGrid(GridSettings.regular(3).withParameterLevels(Map.of("learn_rate", 2))), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\" : 2,") && text.contains("\"parameterLevels\""), text);
        Project back = ProjectFile.read(file);
        assertEquals(Map.of("learn_rate", 2), back.grid().parameterLevels());
        assertEquals(6, back.grid().generate(back.space()).rows().size());

        ProjectFile.write(base.withGrid(GridSettings.regular(3)), file);
        text = Files.readString(file);
        assertTrue(text.contains("\"version\" : 1,") && !text.contains("parameterLevels"), text);
    }

    @Test
    void aBrokenLevelInTheFileSaysWhereItIs() throws Exception {
        Path file = tmp.resolve("broken.blocktune.json");
        ProjectFile.write(Project.of(SeedSpecs.irisMlp()).withGrid(GridSettings.regular(3)
                .withParameterLevels(Map.of("dense_units", 2))), file);
        Files.writeString(file, Files.readString(file).replace("\"dense_units\" : 2", "\"dense_units\" : 0"));
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFile.read(file));
        assertTrue(e.getMessage().contains("grid") && e.getMessage().contains("'dense_units'"), e.getMessage());
    }
}
