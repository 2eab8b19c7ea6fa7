package org.blocktune.core.tune;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.History;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.strategy.MedianRule;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * The median pruner's shared state, made so that the decisions do not depend on timing: the fits
 * on one resample are ordered by candidate (the order the run hands them out), and a fit deciding
 * at epoch k compares itself with every earlier candidate's value at epoch k on the same resample,
 * waiting, when it is ahead, until each of those has passed epoch k (with its own decision made) or
 * ended. A fit pruned at epoch k counts at the epochs before k, not at k; a fit that ended before
 * epoch k (early stopping, failure) does not count at k. The first {@code startupTrials} candidates
 * are never pruned, nor any fit in its first {@code warmupSteps} epochs or at its last epoch (it is
 * then complete and is scored). Thread-safe.
 */
final class PruneBoard {
    private static final long WAIT_MILLIS = 50;

    private final SearchStrategy.MedianPruning settings;
    private final Map<String, Map<Integer, Track>> bySplit = new HashMap<>();

    private static final class Track {
        final List<Double> values = new ArrayList<>();
        int decided;
        int prunedAt;
        boolean ended;
    }

    PruneBoard(SearchStrategy.MedianPruning settings) {
        this.settings = settings;
    }

    private Track track(String split, int candidate) {
        return bySplit.computeIfAbsent(split, s -> new HashMap<>()).computeIfAbsent(candidate, c -> new Track());
    }

    /** Takes a fit recorded by an earlier run. */
    synchronized void recorded(int candidate, FitRecord r) {
        Track t = track(r.splitId(), candidate);
        t.values.clear();
        if (r.history() != null) {
            String key = monitorOf(r.history().epochs().isEmpty() ? null : r.history().epochs().get(0));
            r.history().epochs().forEach(e -> t.values.add(e.get(key)));
        }
        t.decided = t.values.size();
        t.prunedAt = r.status() == FitStatus.PRUNED ? t.values.size() : 0;
        t.ended = true;
        notifyAll();
    }

    /** A fit starts (again, after a cancelled attempt). */
    synchronized void started(int candidate, String split) {
        Track t = track(split, candidate);
        t.values.clear();
        t.decided = 0;
        t.prunedAt = 0;
        t.ended = false;
        notifyAll();
    }

    /** A fit ended, however it ended. */
    synchronized void ended(int candidate, String split) {
        track(split, candidate).ended = true;
        notifyAll();
    }

    /** The epoch value the pruner watches in {@code e}'s fit. */
    String monitorOf(EpochMetrics e) {
        if (!settings.monitor().isEmpty()) {
            return settings.monitor();
        }
        return e != null && e.values().containsKey("val_loss") ? "val_loss" : "loss";
    }

    /** True when smaller values of {@code key} are better. */
    static boolean minimize(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("loss") || k.contains("error") || k.endsWith("mse") || k.endsWith("mae") || k.contains("rmse");
    }

    /**
     * The fit of {@code candidate} on {@code split} finished its {@code epoch}-th epoch (counted from 1)
     * of {@code lastEpoch} with {@code metrics}. Returns why it is pruned, or null to go on. Waits for
     * earlier candidates on the same resample when it is ahead of them; returns null on cancellation.
     */
    String epochFinished(int candidate, String split, int epoch, int lastEpoch, EpochMetrics metrics,
                         CancellationToken cancel) {
        String key = monitorOf(metrics);
        double value = metrics.get(key);
        synchronized (this) {
            Track own = track(split, candidate);
            while (own.values.size() < epoch - 1) {
                own.values.add(Double.NaN);
            }
            own.values.add(value);
            if (candidate < settings.startupTrials() || epoch <= settings.warmupSteps() || epoch >= lastEpoch) {
                own.decided = epoch;
                notifyAll();
                return null;
            }
            List<Double> reference = new ArrayList<>();
            for (int j = 0; j < candidate; j++) {
                while (true) {
                    Track t = bySplit.get(split).get(j);
                    if (t != null && (t.ended || t.decided >= epoch)) {
                        if (t.values.size() >= epoch && (t.prunedAt == 0 || t.prunedAt > epoch)) {
                            reference.add(t.values.get(epoch - 1));
                        }
                        break;
                    }
                    if (cancel.isCancelled()) {
                        return null;
                    }
                    try {
                        wait(WAIT_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
            }
            boolean minimize = minimize(key);
            double[] ownSoFar = own.values.stream().mapToDouble(Double::doubleValue).toArray();
            double[] ref = reference.stream().mapToDouble(Double::doubleValue).toArray();
            boolean prune = MedianRule.prune(ownSoFar, ref, !minimize);
            own.decided = epoch;
            if (prune) {
                own.prunedAt = epoch;
            }
            notifyAll();
            if (!prune) {
                return null;
            }
            return String.format(Locale.ROOT, "pruned after epoch %d of %d: best %s so far %s is worse than the median %s "
                            + "of %d earlier fit(s) on %s at that epoch", epoch, lastEpoch, key,
                    AnovaNum.of(MedianRule.best(ownSoFar, !minimize)), AnovaNum.of(MedianRule.median(ref)), ref.length, split);
        }
    }

    /** Formats numbers for messages. */
    private static final class AnovaNum {
        static String of(double v) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
    }

    /** The history of a pruned fit: the epochs it trained. */
    static History prunedHistory(List<EpochMetrics> epochs, String reason) {
        return new History(epochs, reason, epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch());
    }
}
