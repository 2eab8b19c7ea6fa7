package org.blocktune.core.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.tune.strategy.AnovaRace;
import org.blocktune.core.tune.strategy.RaceVerdict;
import org.blocktune.core.tune.strategy.SearchStrategy;
import org.blocktune.core.tune.strategy.WinLossRace;

/**
 * Racing over resamples (finetune's {@code tune_race_anova} and {@code tune_race_win_loss}): every
 * candidate on the first {@code burnIn} resamples (in the raced order), then after each resample the
 * test drops candidates; the survivors go on to the next resample. A candidate without a value on
 * every resample so far (a failed fit) is dropped at the next test. When one candidate remains it is
 * fitted on all remaining resamples at once; when two remain and have stayed level for
 * {@code numTies} resamples, the better mean wins.
 */
final class RaceSchedule implements Schedule {
    private final List<Candidate> candidates;
    private final List<String> order;
    private final SearchStrategy.RaceSettings settings;
    private final boolean winLoss;
    private final String metric;
    private final boolean maximize;

    RaceSchedule(List<Candidate> candidates, List<String> splitIds, long seed, SearchStrategy strategy, String metric,
                 boolean maximize) {
        this.candidates = List.copyOf(candidates);
        this.settings = strategy.race();
        this.order = order(splitIds, seed, settings.randomize());
        this.winLoss = strategy.kind() == SearchStrategy.Kind.RACE_WIN_LOSS;
        this.metric = metric;
        this.maximize = maximize;
        if (splitIds.size() <= settings.burnIn()) {
            throw new IllegalArgumentException("racing needs more resamples (" + splitIds.size() + ") than burn-in resamples ("
                    + settings.burnIn() + "); use more folds or repeats, or a smaller burn-in");
        }
    }

    /**
     * The order in which a race visits the resamples: as given, or shuffled with a generator seeded
     * from the master seed (finetune randomises it by default).
     */
    static List<String> order(List<String> splitIds, long seed, boolean randomize) {
        if (!randomize) {
            return List.copyOf(splitIds);
        }
        int[] p = new int[splitIds.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        new SeededRandom(seed ^ 0x5241434553L).shuffle(p); // "RACES"
        List<String> out = new ArrayList<>();
        for (int i : p) {
            out.add(splitIds.get(i));
        }
        return List.copyOf(out);
    }

    List<String> order() {
        return order;
    }

    @Override
    public int expectedFits() {
        return candidates.size() * order.size();
    }

    @Override
    public Plan plan(Map<String, FitRecord> records) {
        List<Elimination> eliminations = new ArrayList<>();
        List<Candidate> alive = new ArrayList<>(candidates);
        List<Planned> pending = missing(alive, order.subList(0, settings.burnIn()), records);
        if (!pending.isEmpty()) {
            return new Plan(pending, eliminations, false);
        }
        int ties = 0;
        for (int done = settings.burnIn(); ; done++) {
            if (alive.size() > 1) {
                alive = test(alive, done, records, eliminations, ties >= settings.numTies() && alive.size() == 2);
            }
            if (done == order.size() || alive.isEmpty()) {
                return new Plan(List.of(), eliminations, true);
            }
            if (alive.size() == 1) {
                pending = missing(alive, order.subList(done, order.size()), records);
                return new Plan(pending, eliminations, pending.isEmpty());
            }
            if (alive.size() == 2) {
                ties++;
            }
            pending = missing(alive, List.of(order.get(done)), records);
            if (!pending.isEmpty()) {
                return new Plan(pending, eliminations, false);
            }
        }
    }

    /** The test after the first {@code done} resamples of the order; returns the survivors. */
    private List<Candidate> test(List<Candidate> alive, int done, Map<String, FitRecord> records,
                                 List<Elimination> eliminations, boolean breakTie) {
        List<String> splits = order.subList(0, done);
        String after = order.get(done - 1);
        List<String> skipped = order.subList(done, order.size());
        List<Candidate> analysed = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Candidate c : alive) {
            double[] row = new double[splits.size()];
            String missing = null;
            for (int j = 0; j < splits.size(); j++) {
                FitRecord r = records.get(Schedule.key(c.id(), splits.get(j), 0));
                row[j] = r != null && r.ok() ? r.metric(metric) : Double.NaN;
                if (!Double.isFinite(row[j]) && missing == null) {
                    missing = splits.get(j);
                }
            }
            if (missing == null) {
                analysed.add(c);
                rows.add(row);
            } else {
                eliminations.add(new Elimination(c, after, "eliminated after " + after + ": it has no " + metric
                        + " on " + missing + " (the fit failed), so it cannot be compared", skipped));
            }
        }
        if (analysed.size() < 2) {
            return analysed;
        }
        List<String> ids = analysed.stream().map(Candidate::id).toList();
        double[][] values = rows.toArray(double[][]::new);
        List<RaceVerdict> verdicts = winLoss ? WinLossRace.test(ids, values, maximize, settings.alpha())
                : AnovaRace.test(ids, values, maximize, settings.alpha());
        List<Candidate> survivors = new ArrayList<>();
        for (int i = 0; i < analysed.size(); i++) {
            RaceVerdict v = verdicts.get(i);
            if (v.pass()) {
                survivors.add(analysed.get(i));
            } else {
                eliminations.add(new Elimination(analysed.get(i), after, "eliminated after " + after + " (" + done
                        + " resamples, " + (winLoss ? "win/loss" : "ANOVA") + " test on " + metric + "): " + v.reason(), skipped));
            }
        }
        if (breakTie && survivors.size() == 2) {
            int a = ids.indexOf(survivors.get(0).id());
            int b = ids.indexOf(survivors.get(1).id());
            double ma = verdicts.get(a).mean();
            double mb = verdicts.get(b).mean();
            boolean firstWins = maximize ? ma >= mb : ma <= mb;
            Candidate loser = firstWins ? survivors.get(1) : survivors.get(0);
            Candidate winner = firstWins ? survivors.get(0) : survivors.get(1);
            eliminations.add(new Elimination(loser, after, "eliminated after " + after + ": tied with " + winner.id()
                    + " for " + settings.numTies() + " resamples; the better mean of " + metric + " wins", skipped));
            survivors = List.of(winner);
        }
        return survivors;
    }

    private static List<Planned> missing(List<Candidate> alive, List<String> splits, Map<String, FitRecord> records) {
        List<Planned> out = new ArrayList<>();
        for (Candidate c : alive) {
            for (String s : splits) {
                if (!records.containsKey(Schedule.key(c.id(), s, 0))) {
                    out.add(new Planned(c, s, 0));
                }
            }
        }
        return out;
    }
}
