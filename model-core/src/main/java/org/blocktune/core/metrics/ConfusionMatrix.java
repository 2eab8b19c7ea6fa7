package org.blocktune.core.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of (truth, predicted) class pairs. {@code count(t, p)} is the number of rows of true
 * class {@code t} predicted as {@code p} (codes index {@link #levels()}). Rows with a missing
 * truth or prediction (code −1) are left out.
 */
public final class ConfusionMatrix {
    private final List<String> levels;
    private final int[][] counts;

    private ConfusionMatrix(List<String> levels, int[][] counts) {
        this.levels = List.copyOf(levels);
        this.counts = counts;
    }

    /** Tabulates class codes ({@code 0..levels-1}, or −1 for missing). */
    public static ConfusionMatrix of(int[] truth, int[] predicted, List<String> levels) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " truths but " + predicted.length + " predictions");
        }
        int k = levels.size();
        if (k < 2) throw new IllegalArgumentException("classification metrics need at least 2 levels, got " + levels);
        int[][] c = new int[k][k];
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0 || predicted[i] < 0) continue;
            if (truth[i] >= k || predicted[i] >= k) throw new IllegalArgumentException("row " + i + ": code out of range for levels " + levels);
            c[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(levels, c);
    }

    /** The class levels. */
    public List<String> levels() { return levels; }

    /** Rows of true class {@code t} predicted as {@code p}. */
    public int count(int t, int p) { return counts[t][p]; }

    /** A copy of the counts, {@code [truth][predicted]}. */
    public int[][] counts() {
        int[][] out = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) out[i] = counts[i].clone();
        return out;
    }

    /** Number of rows counted. */
    public int total() {
        int n = 0;
        for (int[] row : counts) for (int v : row) n += v;
        return n;
    }

    /** Rows whose truth is class {@code t}. */
    public int truthTotal(int t) { return Arrays.stream(counts[t]).sum(); }

    /** Rows predicted as class {@code p}. */
    public int predictedTotal(int p) {
        int n = 0;
        for (int[] row : counts) n += row[p];
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && m.levels.equals(levels) && Arrays.deepEquals(m.counts, counts);
    }

    @Override
    public int hashCode() { return levels.hashCode() * 31 + Arrays.deepHashCode(counts); }

    @Override
    public String toString() { return "ConfusionMatrix" + levels + Arrays.deepToString(counts); }
}
