package org.blocktune.core.resample;

import org.blocktune.core.random.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Seeded resampling schemes (as rsample). Pass {@code strata = null} for none. Algorithm: rows are
 * grouped by stratum (strata in ascending order, rows ascending within a stratum), each group is
 * shuffled with one {@link SeededRandom} for the whole call, and the groups are then cut as each
 * scheme describes. The same arguments give the same indices on every machine.
 */
public final class Resampling {
    private Resampling() { }

    /** Initial training/testing split: {@code floor(prop × size)} rows of every stratum go to analysis (training). */
    public static Split initialSplit(int n, double prop, int[] strata, long seed) {
        return holdOut("training/testing", n, prop, strata, seed);
    }

    /** Validation split of (training) rows: {@code floor(prop × size)} per stratum to analysis, the rest to validation. */
    public static Split validationSplit(int n, double prop, int[] strata, long seed) {
        return holdOut("validation", n, prop, strata, seed);
    }

    private static Split holdOut(String id, int n, double prop, int[] strata, long seed) {
        if (!(prop > 0 && prop < 1)) throw new IllegalArgumentException("prop must be between 0 and 1 (exclusive), got " + prop);
        SeededRandom rng = new SeededRandom(seed);
        List<Integer> analysis = new ArrayList<>();
        List<Integer> assessment = new ArrayList<>();
        for (int[] group : groups(n, strata)) {
            rng.shuffle(group);
            int take = (int) Math.floor(prop * group.length);
            for (int i = 0; i < group.length; i++) (i < take ? analysis : assessment).add(group[i]);
        }
        if (analysis.isEmpty() || assessment.isEmpty()) {
            throw new IllegalArgumentException("a proportion of " + prop + " of " + n + " rows leaves one side of the split empty");
        }
        return new Split(id, sorted(analysis), sorted(assessment));
    }

    /**
     * V-fold cross-validation, {@code repeats} times. In each repeat every stratum is shuffled and
     * its rows dealt to folds 1..v in turn, the turn continuing from one stratum to the next, so
     * fold sizes differ by at most one. Fold k's assessment rows are the rows dealt to it.
     */
    public static List<Split> vfold(int n, int v, int repeats, int[] strata, long seed) {
        if (v < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + v + "; choose 2 or more folds");
        if (v > n) {
            throw new IllegalArgumentException("too few rows for " + v + "-fold cross-validation: the training part has " + n + " row"
                    + (n == 1 ? "" : "s") + " and every fold needs at least one; use " + (n >= 2 ? "at most " + n + " folds" : "more data")
                    + (n >= 2 ? " or more data" : "") + " (a tiny file, or a drop or filter step leaving few rows, causes this)");
        }
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        SeededRandom rng = new SeededRandom(seed);
        List<Split> out = new ArrayList<>();
        for (int r = 1; r <= repeats; r++) {
            int[] fold = new int[n];
            int turn = 0;
            for (int[] group : groups(n, strata)) {
                rng.shuffle(group);
                for (int row : group) fold[row] = turn++ % v;
            }
            for (int k = 0; k < v; k++) {
                List<Integer> analysis = new ArrayList<>();
                List<Integer> assessment = new ArrayList<>();
                for (int row = 0; row < n; row++) (fold[row] == k ? assessment : analysis).add(row);
                String id = String.format("Fold%02d", k + 1);
                out.add(new Split(repeats > 1 ? "Repeat" + r + "/" + id : id, sorted(analysis), sorted(assessment)));
            }
        }
        return out;
    }

    /**
     * Bootstrap resamples: each stratum of size m contributes m rows drawn with replacement; the
     * assessment rows are the out-of-bag rows (never drawn). Analysis indices are sorted and repeat.
     */
    public static List<Split> bootstrap(int n, int times, int[] strata, long seed) {
        if (times < 1) throw new IllegalArgumentException("times must be at least 1, got " + times);
        if (n < 2) throw new IllegalArgumentException("bootstrap needs at least 2 rows");
        SeededRandom rng = new SeededRandom(seed);
        List<int[]> groups = groups(n, strata);
        List<Split> out = new ArrayList<>();
        for (int b = 1; b <= times; b++) {
            int[] analysis = new int[n];
            boolean[] drawn = new boolean[n];
            int at = 0;
            for (int[] group : groups) {
                for (int i = 0; i < group.length; i++) {
                    int row = group[rng.nextInt(group.length)];
                    analysis[at++] = row;
                    drawn[row] = true;
                }
            }
            List<Integer> oob = new ArrayList<>();
            for (int row = 0; row < n; row++) if (!drawn[row]) oob.add(row);
            Arrays.sort(analysis);
            out.add(new Split(String.format("Bootstrap%02d", b), analysis, sorted(oob)));
        }
        return out;
    }

    /** Rows grouped by stratum: ascending strata, ascending rows. */
    static List<int[]> groups(int n, int[] strata) {
        if (n < 2) throw new IllegalArgumentException("resampling needs at least 2 rows, got " + n);
        if (strata == null) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return List.of(all);
        }
        if (strata.length != n) throw new IllegalArgumentException("strata has " + strata.length + " entries for " + n + " rows");
        TreeMap<Integer, List<Integer>> byStratum = new TreeMap<>();
        for (int i = 0; i < n; i++) byStratum.computeIfAbsent(strata[i], k -> new ArrayList<>()).add(i);
        List<int[]> out = new ArrayList<>();
        for (List<Integer> rows : byStratum.values()) out.add(sorted(rows));
        return out;
    }

    private static int[] sorted(List<Integer> rows) {
        int[] a = new int[rows.size()];
        for (int i = 0; i < a.length; i++) a[i] = rows.get(i);
        Arrays.sort(a);
        return a;
    }
}
