package org.blocktune.core.resample;

import java.util.Arrays;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;

/**
 * Stratum numbers per row for stratified resampling: a categorical column's level codes, or a
 * numeric column's quartile bin (0..3, breaks at the 25/50/75 % sample quantiles, R's type 7; a
 * value equal to a break falls in the lower bin). Missing values form a stratum of their own.
 * Unlike rsample, small strata are not pooled.
 */
public final class Strata {
    private Strata() { }

    /** The strata of {@code column} in {@code table}. */
    public static int[] of(Table table, String column) {
        Column c = table.column(column);
        if (c instanceof CategoricalColumn cat) {
            int missing = cat.levels().size();
            int[] out = new int[cat.size()];
            for (int i = 0; i < out.length; i++) out[i] = cat.code(i) < 0 ? missing : cat.code(i);
            return out;
        }
        if (c instanceof NumericColumn num) return quartileBins(num.toArray());
        throw new IllegalArgumentException("cannot stratify by tensor column '" + column + "'; choose a categorical or numeric column");
    }

    /** Quartile bins 0..3 of {@code values} ({@code NaN} → 4). */
    public static int[] quartileBins(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int[] out = new int[values.length];
        if (present.length == 0) {
            Arrays.fill(out, 4);
            return out;
        }
        double[] breaks = {quantile(present, 0.25), quantile(present, 0.5), quantile(present, 0.75)};
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                out[i] = 4;
                continue;
            }
            int bin = 0;
            while (bin < 3 && v > breaks[bin]) bin++;
            out[i] = bin;
        }
        return out;
    }

    /** R's type-7 quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
