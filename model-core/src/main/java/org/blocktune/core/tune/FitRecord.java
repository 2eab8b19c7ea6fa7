package org.blocktune.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.History;

/**
 * The durable record of one finished fit (one line of {@code fits.jsonl}).
 *
 * @param candidateId  the candidate's id
 * @param values       the candidate's exact values
 * @param splitId      the resample's id
 * @param seed         the fit's seed
 * @param status       OK, FAILED, ELIMINATED (a race dropped the candidate before this resample) or PRUNED
 * @param failureKind  for failures: a {@link org.blocktune.core.fit.FitFailure.Kind} name or {@code EXCEPTION}; else null
 * @param message      for failures: what went wrong, in words; else null
 * @param metrics      metric name → value on the assessment rows (empty for failures)
 * @param history      the per-epoch history (null for failures)
 * @param elapsedMillis wall time of the fit, dry run included
 * @param predictions  assessment-set predictions when the run keeps them, else null
 * @param budget       the epochs a strategy gave this fit in place of the candidate's {@code fit_epochs}
 *                     (Hyperband), or 0 when it trained its own {@code fit_epochs}
 */
public record FitRecord(String candidateId, Map<String, Object> values, String splitId, long seed, FitStatus status,
                        String failureKind, String message, Map<String, Double> metrics, History history,
                        long elapsedMillis, Predictions predictions, int budget) {

    public FitRecord {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(splitId, "splitId");
        Objects.requireNonNull(status, "status");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be 0 or more epochs, got " + budget);
        }
    }

    /** A record of a fit that trained the candidate's own {@code fit_epochs} (budget 0). */
    public FitRecord(String candidateId, Map<String, Object> values, String splitId, long seed, FitStatus status,
                     String failureKind, String message, Map<String, Double> metrics, History history,
                     long elapsedMillis, Predictions predictions) {
        this(candidateId, values, splitId, seed, status, failureKind, message, metrics, history, elapsedMillis,
                predictions, 0);
    }

    /** True when the fit failed (not when it was eliminated or pruned). */
    public boolean failed() {
        return status == FitStatus.FAILED;
    }

    /** The epochs this fit trained (0 when it has no history). */
    public int epochsTrained() {
        return history == null ? 0 : history.epochs().size();
    }

    /** True when the fit succeeded. */
    public boolean ok() {
        return status == FitStatus.OK;
    }

    /** The value of {@code metric}, NaN when absent. */
    public double metric(String metric) {
        Double v = metrics.get(metric);
        return v == null ? Double.NaN : v;
    }

    /**
     * Predictions on the assessment rows of a split.
     *
     * @param rows  the assessment row indices into the training table, in the order of the table's rows
     * @param table the prediction columns ({@code .pred_class}, {@code .pred_<level>} or {@code .pred})
     */
    public record Predictions(int[] rows, Table table) {
        public Predictions {
            rows = rows.clone();
            if (rows.length != table.rowCount()) {
                throw new IllegalArgumentException("predictions have " + table.rowCount() + " rows for "
                        + rows.length + " assessment rows");
            }
        }

        @Override
        public int[] rows() {
            return rows.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Predictions p && java.util.Arrays.equals(p.rows, rows) && p.table.equals(table);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(rows) * 31 + table.hashCode();
        }
    }
}
