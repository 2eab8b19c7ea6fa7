package org.blocktune.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.task.CancellationToken;
import org.junit.jupiter.api.Test;

class CompileGridTest {
    private static final DataShape DIAMONDS = DataShape.regression(Shape.flat(23), 1);

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void seed002ExampleGivesOneErrorRowAndOneOkRow() {
        List<Map<String, Object>> grid = List.of(
                row("num_body", 3, "body_units", -10, "body_dropout", 0.2),
                row("num_body", 6, "body_units", 128, "body_dropout", 0.2));
        CompileGridResult result = CompileGrid.run(SeedSpecs.diamondMlp(), Map.of("fit_epochs", 20), grid, DIAMONDS,
                42, null, CancellationToken.none());

        CompiledRow bad = result.rows().get(0);
        assertFalse(bad.ok());
        assertTrue(bad.error().contains("body_units"), bad.error());
        assertTrue(bad.error().contains("block 'body'"), bad.error());
        assertEquals(List.of("body"), bad.blocksAtFault());
        assertNull(bad.summary());

        CompiledRow good = result.rows().get(1);
        assertTrue(good.ok(), good.error());
        // 23*128+128 + 5*(128*128+128) + 128*1+1
        assertEquals(3072 + 5 * 16512 + 129, good.paramCount());
        assertEquals(good.summary().totalParams(), good.paramCount());
        assertEquals(6 * 2 + 2, good.summary().rows().size());

        assertEquals("1 of 2 models failed to compile.", result.headline());
        assertEquals(List.of(grid.get(1)), result.validGrid());
        assertTrue(result.errorSummary(10).contains("body_units = -10"), result.errorSummary(10));
    }

    @Test
    void aRowWithSeveralFaultsListsEveryOne() {
        // a bad block value, a loss unsuited to a numeric outcome and a misspelt metric in one row
        List<Map<String, Object>> grid = List.of(row("body_units", 0, "compile_loss", "categorical_crossentropy",
                "compile_metrics", "maee"));
        CompileGridResult result = CompileGrid.run(SeedSpecs.diamondMlp(), Map.of(), grid, DIAMONDS, 42, null,
                CancellationToken.none());
        String error = result.rows().get(0).error();
        assertTrue(error.contains("body_units"), error);
        assertTrue(error.contains("categorical_crossentropy"), error);
        assertTrue(error.contains("maee"), error);
        assertEquals(3, error.split("\n").length, error);

        CompileGridResult one = CompileGrid.run(SeedSpecs.diamondMlp(), Map.of(), List.of(row("body_units", 8)),
                DIAMONDS, 42, null, CancellationToken.none());
        assertEquals("The model compiled successfully.", one.headline());
    }

    @Test
    void allGoodRowsGiveTheSuccessHeadline() {
        List<Map<String, Object>> grid = List.of(row("dense_units", 8, "learn_rate", 0.001),
                row("dense_units", 16, "learn_rate", 0.01));
        CompileGridResult result = CompileGrid.run(SeedSpecs.irisMlp(), Map.of(), grid,
                DataShape.classification(Shape.flat(4), 3), 1, null, CancellationToken.none());
        assertEquals("All 2 models compiled successfully.", result.headline());
        assertEquals(4 * 8 + 8 + 8 * 3 + 3, result.rows().get(0).paramCount());
    }

    @Test
    void singleEmptyRowBuildsTheSpecAsItIs() {
        CompileGridResult result = CompileGrid.run(SeedSpecs.irisMlp(), Map.of(), List.of(Map.of()),
                DataShape.classification(Shape.flat(4), 3), 1, null, CancellationToken.none());
        assertTrue(result.rows().get(0).ok());
        assertEquals(4 * 10 + 10 + 10 * 3 + 3, result.rows().get(0).paramCount());
    }

    @Test
    void emptyGridIsRejectedWithAHint() {
        var e = assertThrows(IllegalArgumentException.class, () -> CompileGrid.run(SeedSpecs.irisMlp(), Map.of(),
                List.of(), DataShape.classification(Shape.flat(4), 3), 1, null, CancellationToken.none()));
        assertTrue(e.getMessage().contains("one empty row"));
    }

    @Test
    void cancellingStopsBeforeTheNextRowAndKeepsFinishedRows() {
        List<Map<String, Object>> grid = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            grid.add(row("body_units", 8 + i));
        }
        CancellationToken token = new CancellationToken();
        CompileGridResult result = CompileGrid.run(SeedSpecs.diamondMlp(), Map.of(), grid, DIAMONDS, 1,
                (r, done, total) -> {
                    if (done == 3) {
                        token.cancel();
                    }
                }, token);
        assertTrue(result.cancelled());
        assertEquals(3, result.rows().size());
    }

    @Test
    void listenerSeesEveryRowInOrder() {
        List<Integer> seen = new ArrayList<>();
        CompileGrid.run(SeedSpecs.diamondMlp(), Map.of(), List.of(row("num_body", 1), row("num_body", 0),
                row("num_body", 2)), DIAMONDS, 1, (r, done, total) -> seen.add(r.index()), CancellationToken.none());
        assertEquals(List.of(0, 1, 2), seen);
    }
}
