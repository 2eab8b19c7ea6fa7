package org.blocktune.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The R export parses with R ({@code Rscript -e 'parse(file = …)'}) and names the same blocks and
 * arguments as the project. Without Rscript the test is skipped on a workstation, but fails when the
 * environment variable CI is set ({@code .ci/run} installs r-base-core), so it cannot silently skip in CI.
 */
class RExportTest {
    @TempDir
    Path dir;

    static boolean hasRscript() {
        try {
            Process p = new ProcessBuilder("Rscript", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private void parses(String code) throws Exception {
        boolean r = hasRscript();
        if (System.getenv("CI") != null) {
            assertTrue(r, "Rscript is missing; CI must have it (.ci/run installs r-base-core)");
        }
        assumeTrue(r, "Rscript is not installed (apt-get install r-base-core); set CI=1 to make this a failure");
        Path file = dir.resolve("export.R");
        Files.writeString(file, code);
        Process p = new ProcessBuilder("Rscript", "-e", "invisible(parse(file = commandArgs(TRUE)[1]))", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "R could not parse the export:\n" + out + "\n" + code);
    }

    @Test
    void aSequentialExportParsesAndNamesTheBlocksArgumentsAndGrid() throws Exception {
        ExportInput in = ExportFixtures.sequential();
        String code = RExport.source(in, "iris.csv", List.of(Map.of("num_hidden", 1, "hidden_units", 16, "hidden_rate", 0.0,
                "learn_rate", 0.001), Map.of("num_hidden", 2, "hidden_units", 45, "hidden_rate", 0.2, "learn_rate", 0.01)));
        parses(code);
        assertTrue(code.contains("dense_dropout <- function(model, units = 64L, rate = 0.1) {\n  model |>\n"
                + "    layer_dense(units = units, activation = \"relu\", use_bias = TRUE) |>\n    layer_dropout(rate = rate)\n}"), code);
        assertTrue(code.contains("create_keras_sequential_spec(\n  model_name = \"deep_mlp\",\n  layer_blocks = list(\n"
                + "    input = input_block,\n    hidden = dense_dropout,\n    output = output_block\n  ),\n  mode = \"classification\""), code);
        for (String arg : List.of("num_hidden = tune()", "hidden_units = tune()", "hidden_rate = tune()", "learn_rate = tune()",
                "fit_epochs = 20L", "fit_batch_size = 32L")) {
            assertTrue(code.contains(arg), arg + " in\n" + code);
        }
        assertTrue(code.contains("step_zv(all_predictors()) |>\n  step_normalize(all_numeric_predictors())"), code);
        assertTrue(code.contains("folds <- vfold_cv(train, v = 5, strata = Species)"), code);
        assertTrue(code.contains("~num_hidden, ~hidden_units, ~hidden_rate, ~learn_rate,\n  1L, 16L, 0.0, 0.001,\n  2L, 45L, 0.2, 0.01\n)"), code);
        assertTrue(code.contains("hidden_units = new_quant_param(\"integer\", range = c(log2(16.0), log2(128.0))"), code);
        assertTrue(code.contains("tune_grid(\n  wf,\n  resamples = folds,\n  grid = grid,\n  metrics = metric_set(accuracy, roc_auc)"), code);
        assertTrue(code.contains("chosen <- tibble(num_hidden = 2L, hidden_units = 24L, hidden_rate = 0.2, learn_rate = 0.01)"), code);
    }

    @Test
    void aFunctionalExportWiresBlocksWithInpSpec() throws Exception {
        ExportInput in = ExportFixtures.functional();
        String code = RExport.source(in, "iris.csv", List.of());
        parses(code);
        assertTrue(code.contains("create_keras_functional_spec("), code);
        assertTrue(code.contains("tower_a = inp_spec(dense_block, \"main_input\")"), code);
        assertTrue(code.contains("joined = inp_spec(joined_block, c(input_a = \"tower_a\", input_b = \"tower_b\"))"), code);
        assertTrue(code.contains("joined_block <- function(input_a, input_b) {\n  layer_concatenate(list(input_a, input_b))\n}"), code);
        assertTrue(code.contains("dense_block <- function(tensor, units = 64L, dropout = 0.0)"), code);
        assertTrue(code.contains("compile_optimizer = optimizer_function(values = c(\"adam\", \"sgd\"))"), code);
        assertTrue(code.contains("tower_b_units = 8L"), code);
    }
}
