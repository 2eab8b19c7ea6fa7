package org.blocktune.app.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the Results screen writes numbers: four significant digits, no exponent for everyday sizes. */
final class Numbers {
    private Numbers() {
    }

    /** {@code 0.8829}, {@code 0.001}, {@code 767.1}, {@code 1.235e+06}; "–" for NaN. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e7) {
            return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** Full precision for files (CSV). */
    static String exact(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
