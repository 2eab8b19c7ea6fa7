package org.blocktune.core.data.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * Pools the rare levels of categorical predictors into one level {@code other} (as recipes'
 * {@code step_other}): a level is rare when it holds fewer than {@code threshold} of the analysis
 * rows with a value. Levels kept keep their order; {@code other} comes last (named
 * {@code other_} etc. if a level is already called {@code other}). Missing values stay missing.
 *
 * @param threshold the smallest share of rows a level needs to be kept, in (0, 1)
 * @param columns   the categorical predictors (empty = all)
 */
public record PoolRare(double threshold, List<String> columns) implements Step {
    public PoolRare {
        columns = List.copyOf(columns);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("pool_rare: the threshold is a share of rows between 0 and 1 (e.g. 0.05), got " + threshold);
        }
    }

    /** Pool levels below 5% of the rows in every categorical predictor. */
    public PoolRare() { this(0.05, List.of()); }

    @Override
    public Fitted fit(Table analysis, Roles roles) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Map<String, String> otherName = new LinkedHashMap<>();
        for (String name : Columns.resolve("pool_rare", columns, analysis, roles, c -> c instanceof CategoricalColumn, "categorical")) {
            CategoricalColumn c = analysis.categorical(name);
            int[] counts = c.levelCounts();
            long total = 0;
            for (int n : counts) total += n;
            List<String> keep = new ArrayList<>();
            for (int l = 0; l < counts.length; l++) {
                if (counts[l] > 0 && counts[l] >= threshold * total) keep.add(c.levels().get(l));
            }
            if (keep.size() == c.levels().size()) continue;
            String other = "other";
            while (c.levels().contains(other)) other += "_";
            kept.put(name, keep);
            otherName.put(name, other);
        }
        return new Fitted(kept, otherName);
    }

    /**
     * The levels kept per column and the name of its pooled level.
     *
     * @param kept  column → levels kept
     * @param other column → the pooled level's name
     */
    public record Fitted(Map<String, List<String>> kept, Map<String, String> other) implements FittedStep {
        public Fitted {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            kept.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            kept = java.util.Collections.unmodifiableMap(copy);
            other = Map.copyOf(other);
        }

        @Override
        public Table apply(Table data) {
            List<Column> pooled = new ArrayList<>();
            for (var e : kept.entrySet()) {
                if (!data.has(e.getKey())) continue;
                CategoricalColumn c = data.categorical(e.getKey());
                List<String> levels = new ArrayList<>(e.getValue());
                String otherLevel = other.get(e.getKey());
                levels.add(otherLevel);
                Map<String, Integer> index = new LinkedHashMap<>();
                for (int i = 0; i < levels.size(); i++) index.put(levels.get(i), i);
                int otherCode = levels.size() - 1;
                int[] codes = new int[c.size()];
                for (int i = 0; i < codes.length; i++) {
                    String v = c.get(i);
                    codes[i] = v == null ? -1 : index.getOrDefault(v, otherCode);
                }
                pooled.add(new CategoricalColumn(c.name(), levels, codes));
            }
            return data.withColumns(pooled);
        }

        @Override
        public Map<String, List<String>> columnMapping() { return Map.of(); }
    }
}
