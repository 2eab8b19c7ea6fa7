package org.blocktune.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.blocktune.core.fit.History;

/**
 * What a per-epoch training history shows that a user should hear about: a training loss that grows
 * ({@link FailureKind#DIVERGING_LOSS}) or over-fitting ({@link FailureKind#OVERFITTING}: the validation loss
 * rises for a while after its lowest point while the training loss keeps falling).
 */
public final class HistoryDiagnosis {
    /** How much above its lowest point the validation loss must end to count as rising (5%). */
    public static final double RISE = 0.05;
    /** How many epochs after its lowest point the validation loss must have been measured (at least 2). */
    public static final int MIN_EPOCHS_AFTER_BEST = 2;
    /** How many times its lowest value the training loss must end to count as diverging. */
    public static final double GROWTH = 2.0;

    private HistoryDiagnosis() {
    }

    /** The first problem {@code history} shows: a diverging training loss, else over-fitting; empty if none. */
    public static Optional<Explanation> of(History history) {
        if (history == null) return Optional.empty();
        Optional<Explanation> d = diverging(history);
        return d.isPresent() ? d : overfitting(history);
    }

    /**
     * The problem the most of {@code histories} (e.g. the folds of one candidate) show, with how many of them
     * show it; empty when none does.
     */
    public static Optional<Explanation> of(List<History> histories) {
        List<Explanation> found = new ArrayList<>();
        for (History h : histories) {
            of(h).ifPresent(found::add);
        }
        if (found.isEmpty()) return Optional.empty();
        long diverging = found.stream().filter(e -> e.kind() == FailureKind.DIVERGING_LOSS).count();
        FailureKind kind = diverging * 2 >= found.size() ? FailureKind.DIVERGING_LOSS : FailureKind.OVERFITTING;
        Explanation first = found.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
        long n = found.stream().filter(e -> e.kind() == kind).count();
        if (histories.size() == 1) return Optional.of(first);
        String detail = String.format(Locale.ROOT, "%d of %d fits: %s", n, histories.size(), first.detail());
        return Optional.of(ExplanationCatalogue.explain(kind, first.node(), first.argument(), detail));
    }

    /** A training loss that ends at least {@link #GROWTH} times its lowest value and above its first value. */
    public static Optional<Explanation> diverging(History history) {
        double[] loss = finite(history.series("loss"));
        if (loss.length < 3) return Optional.empty();
        int best = argMin(loss);
        double last = loss[loss.length - 1];
        if (last > GROWTH * loss[best] && last > loss[0] && best < loss.length - 1) {
            String detail = String.format(Locale.ROOT, "the training loss fell to %.4g and then grew to %.4g by the "
                    + "last epoch", loss[best], last);
            return Optional.of(ExplanationCatalogue.explain(FailureKind.DIVERGING_LOSS, null, null, detail));
        }
        return Optional.empty();
    }

    /**
     * Over-fitting: the validation loss is lowest at some epoch, was measured at least
     * {@link #MIN_EPOCHS_AFTER_BEST} times after it, ends more than {@link #RISE} above that lowest value, and the
     * training loss at the end is below its value at that epoch.
     */
    public static Optional<Explanation> overfitting(History history) {
        double[] val = history.series("val_loss");
        double[] loss = history.series("loss");
        int best = -1;
        int measured = 0;
        for (int i = 0; i < val.length; i++) {
            if (Double.isFinite(val[i])) {
                measured++;
                if (best < 0 || val[i] < val[best]) best = i;
            }
        }
        if (best < 0 || measured < 4) return Optional.empty();
        int lastVal = -1;
        int after = 0;
        for (int i = best + 1; i < val.length; i++) {
            if (Double.isFinite(val[i])) {
                lastVal = i;
                after++;
            }
        }
        if (after < MIN_EPOCHS_AFTER_BEST) return Optional.empty();
        double rise = val[lastVal] - val[best];
        boolean rising = rise > RISE * Math.abs(val[best]) && rise > 1e-9;
        boolean trainingFalls = Double.isFinite(loss[best]) && Double.isFinite(loss[lastVal]) && loss[lastVal] < loss[best];
        if (!rising || !trainingFalls) return Optional.empty();
        int bestEpoch = history.epochs().get(best).epoch();
        String detail = String.format(Locale.ROOT, "val_loss was lowest in epoch %d (%.4g) and rose to %.4g by epoch %d, "
                + "while the training loss fell from %.4g to %.4g", bestEpoch, val[best], val[lastVal],
                history.epochs().get(lastVal).epoch(), loss[best], loss[lastVal]);
        return Optional.of(ExplanationCatalogue.explain(FailureKind.OVERFITTING, null, null, detail));
    }

    private static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    private static int argMin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) best = i;
        }
        return best;
    }
}
