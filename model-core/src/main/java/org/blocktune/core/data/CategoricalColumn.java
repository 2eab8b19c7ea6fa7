package org.blocktune.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A column of level codes into a fixed list of levels; code {@code -1} marks a missing value.
 * A subset keeps all levels, so resamples of one table agree on the levels.
 */
public final class CategoricalColumn implements Column {
    /** The levels of a logical (boolean) column, in this order. */
    public static final List<String> LOGICAL_LEVELS = List.of("FALSE", "TRUE");

    private final String name;
    private final List<String> levels;
    private final int[] codes;
    private final boolean logical;

    /** Copies {@code codes}; each code must be {@code -1} or a valid index into {@code levels}. */
    public CategoricalColumn(String name, List<String> levels, int[] codes) {
        this(name, List.copyOf(levels), codes.clone(), false, true);
    }

    private CategoricalColumn(String name, List<String> levels, int[] codes, boolean logical, boolean check) {
        this.name = Objects.requireNonNull(name, "name");
        this.levels = levels;
        this.codes = codes;
        this.logical = logical;
        if (check) {
            if (levels.size() != levels.stream().distinct().count()) {
                throw new IllegalArgumentException("column '" + name + "' has duplicate levels " + levels);
            }
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] < -1 || codes[i] >= levels.size()) {
                    throw new IllegalArgumentException("column '" + name + "' row " + i + ": code " + codes[i]
                            + " is not a level index (0.." + (levels.size() - 1) + ") or -1 for missing");
                }
            }
        }
    }

    /** A logical column (levels {@code FALSE, TRUE}); {@code null} entries are missing. */
    public static CategoricalColumn logical(String name, Boolean[] values) {
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) codes[i] = values[i] == null ? -1 : values[i] ? 1 : 0;
        return new CategoricalColumn(name, LOGICAL_LEVELS, codes, true, false);
    }

    /** Builds a column from strings; levels are the distinct non-null values in order of first appearance. */
    public static CategoricalColumn ofStrings(String name, String... values) {
        List<String> levels = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                codes[i] = -1;
            } else {
                codes[i] = index.computeIfAbsent(values[i], k -> { levels.add(k); return levels.size() - 1; });
            }
        }
        return new CategoricalColumn(name, List.copyOf(levels), codes, false, false);
    }

    /** Builds a column with the given levels from strings; a value outside the levels is an error. */
    public static CategoricalColumn ofStrings(String name, List<String> levels, String... values) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) index.put(levels.get(i), i);
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                codes[i] = -1;
            } else {
                Integer c = index.get(values[i]);
                if (c == null) {
                    throw new IllegalArgumentException("column '" + name + "' row " + i + ": '" + values[i]
                            + "' is not one of the levels " + levels);
                }
                codes[i] = c;
            }
        }
        return new CategoricalColumn(name, List.copyOf(levels), codes, false, true);
    }

    static CategoricalColumn wrap(String name, List<String> levels, int[] owned, boolean logical) {
        return new CategoricalColumn(name, List.copyOf(levels), owned, logical, false);
    }

    @Override public String name() { return name; }
    @Override public int size() { return codes.length; }
    @Override public ColumnType type() { return logical ? ColumnType.LOGICAL : ColumnType.CATEGORICAL; }
    @Override public boolean isMissing(int row) { return codes[row] < 0; }

    /** The levels, in code order. */
    public List<String> levels() { return levels; }

    /** The level code in {@code row}, or {@code -1} if missing. */
    public int code(int row) { return codes[row]; }

    /** The level in {@code row}, or {@code null} if missing. */
    public String get(int row) { return codes[row] < 0 ? null : levels.get(codes[row]); }

    /** A copy of all codes. */
    public int[] codes() { return codes.clone(); }

    /** Row counts per level (missing values are not counted). */
    public int[] levelCounts() {
        int[] counts = new int[levels.size()];
        for (int c : codes) {
            if (c >= 0) counts[c]++;
        }
        return counts;
    }

    /**
     * The same values re-coded against {@code newLevels} (matched by name). Values whose level is not
     * in {@code newLevels} become missing; {@code unseen} receives how many did (may be null).
     */
    public CategoricalColumn relevel(List<String> newLevels, int[] unseen) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < newLevels.size(); i++) index.put(newLevels.get(i), i);
        int[] map = new int[levels.size()];
        for (int i = 0; i < levels.size(); i++) map[i] = index.getOrDefault(levels.get(i), -2);
        int[] out = new int[codes.length];
        int lost = 0;
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i] < 0 ? -1 : map[codes[i]];
            if (c == -2) {
                lost++;
                c = -1;
            }
            out[i] = c;
        }
        if (unseen != null && unseen.length > 0) unseen[0] = lost;
        boolean stillLogical = logical && newLevels.equals(LOGICAL_LEVELS);
        return new CategoricalColumn(name, List.copyOf(newLevels), out, stillLogical, false);
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = codes[rows[i]];
        return new CategoricalColumn(name, levels, out, logical, false);
    }

    @Override
    public CategoricalColumn rename(String newName) { return new CategoricalColumn(newName, levels, codes, logical, false); }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalColumn c && c.name.equals(name) && c.logical == logical
                && c.levels.equals(levels) && Arrays.equals(c.codes, codes);
    }

    @Override
    public int hashCode() { return Objects.hash(name, levels, logical) * 31 + Arrays.hashCode(codes); }

    @Override
    public String toString() { return "CategoricalColumn[" + name + ", levels=" + levels + ", " + codes.length + " rows]"; }
}
