package org.blocktune.core.data;

import java.util.List;

/**
 * What one column holds, for the data profile.
 *
 * @param name      column name
 * @param type      its type
 * @param id        true if it is an identifier (chosen, or row names) — never a predictor
 * @param missing   number of missing values
 * @param infinite  number of infinite values (numeric columns; a CSV never yields them, other sources may)
 * @param distinct  number of distinct non-missing values
 * @param min       smallest finite value ({@code NaN} unless numeric with a value)
 * @param median    median of the finite values
 * @param max       largest finite value
 * @param histogram counts of the finite values in equal-width bins from min to max (numeric), else empty
 * @param topLevels the most frequent levels with their counts, most frequent first (categorical), else empty
 */
public record ColumnProfile(String name, ColumnType type, boolean id, int missing, int infinite, int distinct,
                            double min, double median, double max, int[] histogram, List<LevelCount> topLevels) {

    /** A level and how many rows hold it. */
    public record LevelCount(String level, int count) { }

    public ColumnProfile {
        histogram = histogram.clone();
        topLevels = List.copyOf(topLevels);
    }

    @Override
    public int[] histogram() { return histogram.clone(); }

    /** A short summary: "min 0.2 · median 0.7 · max 5.01" or "Ideal 21,551 · Premium 13,791 · …". */
    public String summary() {
        if (type == ColumnType.NUMERIC) {
            return Double.isNaN(min) ? "no values" : "min " + fmt(min) + " · median " + fmt(median) + " · max " + fmt(max);
        }
        if (type == ColumnType.TENSOR) return "tensor";
        if (allDifferent()) {
            return "every value differs, e.g. " + String.join(", ", topLevels.stream().limit(3).map(LevelCount::level).toList()) + " …";
        }
        StringBuilder sb = new StringBuilder();
        for (LevelCount l : topLevels) {
            if (sb.length() > 0) sb.append(" · ");
            sb.append(l.level()).append(' ').append(String.format("%,d", l.count()));
        }
        if (distinct > topLevels.size()) sb.append(" · …");
        return sb.length() == 0 ? "no values" : sb.toString();
    }

    /** True for a categorical column whose every value differs (names, codes): its level counts say nothing. */
    public boolean allDifferent() {
        return type != ColumnType.NUMERIC && distinct > TOP_SHOWN && !topLevels.isEmpty() && topLevels.get(0).count() == 1;
    }

    private static final int TOP_SHOWN = 5;

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format("%,d", (long) v);
        double a = Math.abs(v);
        return a >= 1e-3 && a < 1e6 ? String.valueOf(Math.round(v * 1e4) / 1e4) : String.format("%.3g", v);
    }
}
