package org.blocktune.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A per-column summary of a table with the warnings a careful analyst would raise: ID-like,
 * constant and high-cardinality columns, missing and infinite values, class imbalance of the
 * outcome, and extreme outliers (a robust z-score, |x − median| / (1.4826 · MAD), above
 * {@value #OUTLIER_Z}). Computed in one pass per column plus a sort of the numeric values.
 *
 * @param rows     number of rows
 * @param columns  one profile per column, in table order
 * @param warnings the warnings, column by column
 */
public record DataProfile(int rows, List<ColumnProfile> columns, List<ProfileWarning> warnings) {
    /** Robust z-score above which a value is an extreme outlier. */
    public static final double OUTLIER_Z = 15;
    /** Largest/smallest class size ratio from which the outcome counts as imbalanced. */
    public static final double IMBALANCE_RATIO = 5;
    private static final int BINS = 20;
    private static final int TOP = 5;
    private static final int HIGH_CARDINALITY = 50;

    public DataProfile {
        columns = List.copyOf(columns);
        warnings = List.copyOf(warnings);
    }

    /**
     * Profiles {@code table}.
     *
     * @param outcome   the outcome column (for the class-imbalance warning), or null
     * @param idColumns columns known to be identifiers (not warned about as ID-like)
     */
    public static DataProfile of(Table table, String outcome, List<String> idColumns) {
        Set<String> ids = new HashSet<>(idColumns);
        List<ColumnProfile> profiles = new ArrayList<>();
        List<ProfileWarning> warnings = new ArrayList<>();
        for (Column c : table.columns()) {
            ColumnProfile p;
            if (c instanceof NumericColumn n) {
                p = numeric(n, ids.contains(c.name()), warnings, c.name().equals(outcome));
            } else if (c instanceof CategoricalColumn k) {
                p = categorical(k, ids.contains(c.name()), warnings, c.name().equals(outcome));
            } else {
                p = new ColumnProfile(c.name(), c.type(), false, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, new int[0], List.of());
            }
            profiles.add(p);
            if (p.missing() > 0) {
                warnings.add(new ProfileWarning(ProfileWarning.Kind.MISSING, c.name(), "'" + c.name() + "' has " + p.missing()
                        + " missing value" + (p.missing() == 1 ? "" : "s") + " (" + percent(p.missing(), table.rowCount()) + ")."
                        + (c.name().equals(outcome) ? " Rows without an outcome cannot be used: add a 'drop rows with missing values'"
                        + " step for the outcome." : " Add an impute step, or drop those rows.")));
            }
        }
        return new DataProfile(table.rowCount(), profiles, warnings);
    }

    /** The profile of the named column. */
    public ColumnProfile column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column named '" + name + "'"));
    }

    /** True if the column is an identifier or looks like one (every value different). */
    public boolean idLike(String name) {
        return column(name).id() || warnings.stream().anyMatch(w -> w.kind() == ProfileWarning.Kind.ID_LIKE && w.column().equals(name));
    }

    /**
     * The predictors to start with for {@code outcome}: every other column except identifiers and
     * ID-like columns (names, codes, row numbers), which cannot predict new rows.
     */
    public List<String> suggestedPredictors(String outcome) {
        List<String> out = new ArrayList<>();
        for (ColumnProfile c : columns) {
            if (!c.name().equals(outcome) && !idLike(c.name())) out.add(c.name());
        }
        return out;
    }

    /** The outcome to start with: the last column that is not an identifier or ID-like, or null. */
    public String suggestedOutcome() {
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (!idLike(columns.get(i).name())) return columns.get(i).name();
        }
        return null;
    }

    private static ColumnProfile numeric(NumericColumn c, boolean id, List<ProfileWarning> warnings, boolean outcome) {
        int n = c.size();
        double[] finite = new double[n];
        int k = 0;
        int missing = 0;
        int infinite = 0;
        for (int i = 0; i < n; i++) {
            double v = c.get(i);
            if (Double.isNaN(v)) missing++;
            else if (Double.isInfinite(v)) infinite++;
            else finite[k++] = v;
        }
        double[] sorted = Arrays.copyOf(finite, k);
        Arrays.sort(sorted);
        int distinct = 0;
        boolean integersStepOne = k > 1;
        for (int i = 0; i < k; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) distinct++;
            if (i > 0 && sorted[i] - sorted[i - 1] != 1) integersStepOne = false;
        }
        double min = k == 0 ? Double.NaN : sorted[0];
        double max = k == 0 ? Double.NaN : sorted[k - 1];
        double median = median(sorted);
        int[] hist = new int[k == 0 ? 0 : BINS];
        if (k > 0) {
            double width = (max - min) / BINS;
            for (int i = 0; i < k; i++) {
                int b = width > 0 ? (int) ((sorted[i] - min) / width) : 0;
                hist[Math.min(b, BINS - 1)]++;
            }
        }
        String name = c.name();
        if (infinite > 0) {
            warnings.add(new ProfileWarning(ProfileWarning.Kind.INFINITE, name, "'" + name + "' has " + infinite
                    + " infinite value" + (infinite == 1 ? "" : "s") + "; a network cannot learn from them. Replace them or drop those rows."));
        }
        if (!id && !outcome && k >= 10 && integersStepOne && distinct == k) {
            warnings.add(new ProfileWarning(ProfileWarning.Kind.ID_LIKE, name, "'" + name + "' counts 1, 2, 3, … like a row number;"
                    + " it is unlikely to predict anything. Leave it out of the predictors or read it as an ID column."));
        }
        if (k > 0 && distinct == 1) constant(name, warnings);
        if (k >= 10 && distinct > 2) {
            double[] dev = new double[k];
            for (int i = 0; i < k; i++) dev[i] = Math.abs(sorted[i] - median);
            Arrays.sort(dev);
            double mad = 1.4826 * median(dev);
            if (mad > 0) {
                double far = Math.abs(max - median) >= Math.abs(min - median) ? max : min;
                double z = Math.abs(far - median) / mad;
                if (z > OUTLIER_Z) {
                    int beyond = 0;
                    for (int i = 0; i < k; i++) if (Math.abs(sorted[i] - median) / mad > OUTLIER_Z) beyond++;
                    warnings.add(new ProfileWarning(ProfileWarning.Kind.OUTLIER, name, "'" + name + "' has " + beyond
                            + " extreme value" + (beyond == 1 ? "" : "s") + ", e.g. " + ColumnProfile.fmt(far) + " (median "
                            + ColumnProfile.fmt(median) + ", " + Math.round(z) + " robust standard deviations away). Check "
                            + (beyond == 1 ? "it" : "them") + " for a recording error; a filter-rows step can leave such rows out."));
                }
            }
        }
        return new ColumnProfile(name, ColumnType.NUMERIC, id, missing, infinite, distinct, min, median, max, hist, List.of());
    }

    private static ColumnProfile categorical(CategoricalColumn c, boolean id, List<ProfileWarning> warnings, boolean outcome) {
        int[] counts = c.levelCounts();
        int present = 0;
        int distinct = 0;
        for (int n : counts) {
            present += n;
            if (n > 0) distinct++;
        }
        int missing = c.size() - present;
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
        List<ColumnProfile.LevelCount> top = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, order.length); i++) {
            if (counts[order[i]] > 0) top.add(new ColumnProfile.LevelCount(c.levels().get(order[i]), counts[order[i]]));
        }
        String name = c.name();
        if (!id && !outcome && present >= 10 && distinct == present) {
            warnings.add(new ProfileWarning(ProfileWarning.Kind.ID_LIKE, name, "every value of '" + name + "' is different ("
                    + distinct + " in " + present + " rows), like names or codes; it cannot predict new rows. It is left out of"
                    + " the predictors; read it as an ID column to keep it for reference."));
        } else if (!id && !outcome && c.type() == ColumnType.CATEGORICAL
                && (distinct > HIGH_CARDINALITY || (present >= 20 && distinct > present / 2))) {
            warnings.add(new ProfileWarning(ProfileWarning.Kind.HIGH_CARDINALITY, name, "'" + name + "' has " + distinct
                    + " distinct values; dummy coding makes a column for each. Pool rare levels into 'other', or leave it out."));
        }
        if (present > 0 && distinct == 1) constant(name, warnings);
        if (outcome && distinct >= 2) {
            int big = counts[order[0]];
            int small = Integer.MAX_VALUE;
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 && counts[i] < small) {
                    small = counts[i];
                    smallest = i;
                }
            }
            if (big >= IMBALANCE_RATIO * small) {
                warnings.add(new ProfileWarning(ProfileWarning.Kind.CLASS_IMBALANCE, name, "the outcome's class '"
                        + c.levels().get(smallest) + "' has only " + small + " rows (" + percent(small, present) + ") against "
                        + big + " for '" + c.levels().get(order[0]) + "'; accuracy can look good by always predicting '"
                        + c.levels().get(order[0]) + "'. Judge by roc_auc, stratify the resamples, or use balanced class weights."));
            }
        }
        return new ColumnProfile(name, c.type(), id, missing, 0, distinct, Double.NaN, Double.NaN, Double.NaN, new int[0], top);
    }

    private static void constant(String name, List<ProfileWarning> warnings) {
        warnings.add(new ProfileWarning(ProfileWarning.Kind.CONSTANT, name, "'" + name + "' holds a single value; it carries no"
                + " information. Leave it out, or add a zero-variance step."));
    }

    private static double median(double[] sorted) {
        int k = sorted.length;
        if (k == 0) return Double.NaN;
        return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
    }

    private static String percent(int part, int whole) {
        double p = whole == 0 ? 0 : 100.0 * part / whole;
        return p > 0 && p < 1 ? "<1%" : Math.round(p) + "%";
    }
}
