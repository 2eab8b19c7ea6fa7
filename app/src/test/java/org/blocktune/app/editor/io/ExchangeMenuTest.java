package org.blocktune.app.editor.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Table;
import org.blocktune.core.exchange.CodeExport;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.ProjectStarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What File ▸ Export ▸ does once a folder is chosen: the fixed values without a run, the best candidate with one. */
class ExchangeMenuTest {
    @TempDir
    Path dir;

    @Test
    void exportsWithTheFixedValuesWithoutARunAndTheBestCandidateWithOne() throws Exception {
        Path csv = Files.copy(Path.of("..", "resources", "datasets", "iris.csv"), dir.resolve("iris.csv"));
        Table iris = CsvReader.read(csv);
        Project p = ProjectStarter.start(new DataSource.CsvFile(csv, org.blocktune.core.data.CsvOptions.defaults()), iris,
                List.of(), "Species", null, ProjectStarter.Template.MLP).project()
                .withArguments(Map.of("fit_epochs", 2), List.of("hidden_units"));
        Path file = dir.resolve("iris.blocktune.json");
        String said = ExchangeMenu.exportNow(p, file, CodeExport.Language.PYTHON, dir.resolve("py"));
        assertTrue(said.contains("with the project's fixed values: iris.py, iris-data.csv"), said);

        org.blocktune.core.project.TunePlan plan = org.blocktune.core.project.TunePlan.of(p, file,
                new org.blocktune.core.project.LoadedData(iris, null));
        new org.blocktune.core.tune.TuneRunner().run(plan.job(), null, null);
        String best = ExchangeMenu.exportNow(p, file, CodeExport.Language.R, dir.resolve("r"));
        assertTrue(best.matches("Exported r code with candidate cand_00\\d \\(best by accuracy\\): iris\\.R in .*"), best);
        assertTrue(Files.readString(dir.resolve("r").resolve("iris.R")).contains("hidden_units = tune()"));
    }
}
