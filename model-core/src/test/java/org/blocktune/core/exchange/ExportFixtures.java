package org.blocktune.core.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TestData;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.ProjectStarter;
import org.blocktune.core.project.SearchSpaces;

/** Projects the exporters are tested on: iris with the init template (sequential) and with two towers (functional). */
final class ExportFixtures {
    private ExportFixtures() {
    }

    static Table iris() throws Exception {
        return CsvReader.read(TestData.file("iris.csv"));
    }

    /** {@code blocktune init iris.csv --outcome Species --template deep-mlp}. */
    static Project deepMlp(Table iris) {
        return ProjectStarter.start(new DataSource.CsvFile(TestData.file("iris.csv").toAbsolutePath(),
                org.blocktune.core.data.CsvOptions.defaults()), iris, List.of(), "Species", null,
                ProjectStarter.Template.DEEP_MLP).project();
    }

    /** The deep MLP with 2 hidden layers of 24 units, rate 0.2, learn_rate 0.01. */
    static ExportInput sequential() throws Exception {
        Table iris = iris();
        Project p = deepMlp(iris);
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("num_hidden", 2);
        chosen.put("hidden_units", 24);
        chosen.put("hidden_rate", 0.2);
        chosen.put("learn_rate", 0.01);
        return ExportInput.of(p, "iris", "candidate cand_007", chosen, SearchSpaces.of(p.spec(), p.tuned(), p.space()), iris);
    }

    /** kerasnip's attrition towers on iris: two dense+dropout towers, concatenated, then the output. */
    static ExportInput functional() throws Exception {
        Table iris = iris();
        Project base = deepMlp(iris);
        Project p = base.withSpec(SeedSpecs.attritionTowers(), List.of(SeedSpecs.denseWithDropoutArg(64)))
                .withArguments(Map.of("fit_epochs", 3, "tower_b_units", 8), List.of("tower_a_units", "compile_optimizer"))
                .withSpace(org.blocktune.core.space.ParameterSet.of(Map.of("tower_a_units",
                        new org.blocktune.core.space.Domain.IntRange(16, 64),
                        "compile_optimizer", org.blocktune.core.space.Domain.ValueSet.of("adam", "sgd"))));
        return ExportInput.of(p, "iris-towers", "the fixed values", Map.of("tower_a_units", 16), 
                SearchSpaces.of(p.spec(), p.tuned(), p.space()), iris);
    }
}
