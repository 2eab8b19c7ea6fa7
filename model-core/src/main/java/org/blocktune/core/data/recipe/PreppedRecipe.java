package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * A fitted recipe: plain, serialisable data that a fitted model carries with it.
 *
 * <p>Unseen-level rule: when baking, categorical values are matched to the levels recorded at
 * prep time by name. A predictor value whose level was not seen becomes missing when an impute
 * step fills that column; otherwise baking fails naming the column, the levels and their row
 * numbers. An outcome value with an unseen level is an error.
 *
 * <p>Row steps ({@link DropMissing}, {@link FilterRows}) may drop rows; {@link #bakeRows} says
 * which rows of the input survive, so callers can report the others.
 *
 * @param roles        the roles of the raw data
 * @param levels       levels of every categorical outcome and predictor at prep time
 * @param steps        the fitted steps, in order
 * @param bakedRoles   the roles of baked data (predictor names after encoding/removal)
 */
public record PreppedRecipe(Roles roles, Map<String, List<String>> levels, List<FittedStep> steps, Roles bakedRoles) {
    /** A column name no CSV header can produce: it carries row numbers through the steps. */
    private static final String ROW = "\u0000row";
    private static final int SHOWN_ROWS = 10;

    public PreppedRecipe {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        levels = java.util.Collections.unmodifiableMap(copy);
        steps = List.copyOf(steps);
    }

    /**
     * Baked data with the rows of the input it holds.
     *
     * @param table the baked outcomes (when present) and predictors
     * @param rows  for each baked row, the 0-based row of the input it came from (ascending)
     */
    public record Baked(Table table, int[] rows) {
        /** True if some input rows were dropped by a row step. */
        public boolean droppedRows(int inputRows) { return rows.length < inputRows; }
    }

    /** The outcome's class levels for classification (empty for regression). */
    public List<String> outcomeLevels() {
        return levels.getOrDefault(roles.outcomes().get(0), List.of());
    }

    /** True if a step may drop rows. */
    public boolean dropsRows() {
        return steps.stream().anyMatch(s -> s instanceof DropMissing.Fitted || s instanceof FilterRows.Fitted);
    }

    /**
     * Applies the fitted steps to {@code data}, returning outcomes (when present — new data to
     * predict may lack them) and the baked predictors. Other columns are dropped.
     */
    public Table bake(Table data) {
        return bakeRows(data).table();
    }

    /** Like {@link #bake}, also saying which input rows survive the row steps. */
    public Baked bakeRows(Table data) {
        List<String> keep = new ArrayList<>();
        for (String o : roles.outcomes()) if (data.has(o)) keep.add(o);
        List<String> absent = new ArrayList<>();
        for (String p : roles.predictors()) {
            if (!data.has(p)) absent.add(p);
            keep.add(p);
        }
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("the data has no predictor column" + (absent.size() == 1 ? " '" + absent.get(0) + "'"
                    : "s " + absent) + " that the model was trained with; it has " + data.names());
        }
        Table t = data.select(keep);
        List<CategoricalColumn> releveled = new ArrayList<>();
        for (var e : levels.entrySet()) {
            if (!t.has(e.getKey())) continue;
            CategoricalColumn c = asCategorical(t.column(e.getKey()), e.getValue());
            if (c.levels().equals(e.getValue())) continue;
            checkUnseen(c, e.getValue());
            releveled.add(c.relevel(e.getValue(), null));
        }
        t = t.withColumns(releveled);
        boolean track = dropsRows();
        if (track) {
            double[] ids = new double[t.rowCount()];
            for (int i = 0; i < ids.length; i++) ids[i] = i;
            t = t.with(new NumericColumn(ROW, ids));
        }
        for (FittedStep s : steps) t = s.apply(t);
        int[] rows;
        if (track) {
            NumericColumn ids = t.numeric(ROW);
            rows = new int[ids.size()];
            for (int i = 0; i < rows.length; i++) rows[i] = (int) ids.get(i);
            t = t.drop(List.of(ROW));
        } else {
            rows = new int[t.rowCount()];
            for (int i = 0; i < rows.length; i++) rows[i] = i;
        }
        return new Baked(t, rows);
    }

    /**
     * The column as categories: new data whose values all look like numbers (codes such as 1, 2, 3, or a
     * header-only file) is read as numeric; its values are matched to the training levels as text.
     */
    private static CategoricalColumn asCategorical(org.blocktune.core.data.Column c, List<String> known) {
        if (c instanceof CategoricalColumn cat) return cat;
        if (!(c instanceof NumericColumn n)) {
            throw new IllegalArgumentException("column '" + c.name() + "' held categories " + known + " in training but is "
                    + c.type() + " here");
        }
        String[] text = new String[n.size()];
        for (int i = 0; i < text.length; i++) {
            double v = n.get(i);
            text[i] = Double.isNaN(v) ? null : v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
        return CategoricalColumn.ofStrings(c.name(), text);
    }

    /**
     * The category levels of {@code data} never seen in training, one sentence per column with the
     * row numbers (data rows from 1); empty when every level is known. Baking fails on them unless an
     * impute step fills the column, in which case they count as missing: this says so either way.
     */
    public List<String> unseenLevels(Table data) {
        List<String> out = new ArrayList<>();
        for (var e : levels.entrySet()) {
            if (!data.has(e.getKey()) || roles.outcomes().contains(e.getKey())) continue;
            CategoricalColumn c;
            try {
                c = asCategorical(data.column(e.getKey()), e.getValue());
            } catch (IllegalArgumentException x) {
                continue;
            }
            Map<String, List<Integer>> unseen = unseen(c, e.getValue());
            if (!unseen.isEmpty()) {
                out.add("column '" + c.name() + "' has " + describeUnseen(unseen) + " that the model never saw in training;"
                        + " they count as missing values");
            }
        }
        return out;
    }

    private static Map<String, List<Integer>> unseen(CategoricalColumn c, List<String> known) {
        java.util.Set<String> knownSet = new java.util.HashSet<>(known);
        Map<String, List<Integer>> unseen = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            String v = c.get(i);
            if (v != null && !knownSet.contains(v)) unseen.computeIfAbsent(v, k -> new ArrayList<>()).add(i + 1);
        }
        return unseen;
    }

    private void checkUnseen(CategoricalColumn c, List<String> known) {
        Map<String, List<Integer>> unseen = unseen(c, known);
        if (unseen.isEmpty()) return;
        boolean outcome = roles.outcomes().contains(c.name());
        boolean handled = !outcome && steps.stream().anyMatch(s -> s instanceof Impute.Fitted f && f.categorical().containsKey(c.name())
                || s instanceof ZeroVariance.Fitted z && z.removed().contains(c.name()));
        if (handled) return; // filled as missing by the impute step, or the column is removed anyway
        throw new IllegalArgumentException((outcome ? "outcome" : "column") + " '" + c.name() + "' has "
                + describeUnseen(unseen) + " that the model never saw in training; it knows " + known + ". Fix: correct or remove "
                + "those rows" + (outcome ? "" : ", or add an impute step for '" + c.name() + "' so that unseen levels count as missing"
                + " and are filled"));
    }

    /** "level 'VC' in rows 3, 7" or "levels 'VC' (rows 3, 7) and 'XX' (row 9)"; row numbers count data rows from 1. */
    static String describeUnseen(Map<String, List<Integer>> unseen) {
        List<String> parts = new ArrayList<>();
        for (var e : unseen.entrySet()) {
            List<Integer> r = e.getValue();
            String rows = (r.size() == 1 ? "row " : "rows ")
                    + String.join(", ", r.stream().limit(SHOWN_ROWS).map(String::valueOf).toList())
                    + (r.size() > SHOWN_ROWS ? " and " + (r.size() - SHOWN_ROWS) + " more" : "");
            parts.add(unseen.size() == 1 ? "'" + e.getKey() + "' in " + rows : "'" + e.getKey() + "' (" + rows + ")");
        }
        return (unseen.size() == 1 ? "the level " : "the levels ") + String.join(", ", parts)
                + " (data rows, 1 = the first row after the header)";
    }
}
