package org.blocktune.core.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.tune.strategy.HyperbandBrackets;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * Hyperband over epochs with Keras Tuner's brackets ({@link HyperbandBrackets}) on a fixed list of
 * candidates. Round 0 of each bracket draws its candidates from a shuffle of the list seeded with the
 * master seed (the next shuffle starts when one is used up; a bracket never holds a candidate twice
 * and holds at most all of them); each later round keeps the best of the round before by the mean of
 * the optimised metric over every resample (a candidate with a failed fit ranks last; ties go to the
 * lower id). Unlike Keras Tuner, which promotes as soon as enough trials of a round have finished, a
 * round is chosen when its whole predecessor has finished, so the choice never depends on timing.
 * Brackets run side by side. A promoted candidate trains again from its initial weights for the
 * longer budget with the same seed (its first epochs repeat the shorter fit exactly); a fit that
 * another bracket has already made (same candidate, resample and epochs) is used again, not repeated.
 */
final class HyperbandSchedule implements Schedule {
    private final List<Candidate> candidates;
    private final List<String> splits;
    private final int maxEpochs;
    private final int factor;
    private final int iterations;
    private final long seed;
    private final String metric;
    private final boolean maximize;
    private final List<HyperbandBrackets.Bracket> brackets;
    private final List<List<Candidate>> firstRounds;
    private List<BracketRun> trace = List.of();

    HyperbandSchedule(List<Candidate> candidates, List<String> splits, long seed, SearchStrategy.HyperbandSettings settings,
                      int maxEpochs, String metric, boolean maximize) {
        this.candidates = List.copyOf(candidates);
        this.splits = List.copyOf(splits);
        this.maxEpochs = maxEpochs;
        this.factor = settings.factor();
        this.iterations = settings.iterations();
        this.seed = seed;
        this.metric = metric;
        this.maximize = maximize;
        this.brackets = HyperbandBrackets.of(maxEpochs, factor);
        this.firstRounds = deal();
    }

    /** Round 0 of every bracket of every iteration, in run order. */
    private List<List<Candidate>> deal() {
        SeededRandom random = new SeededRandom(seed ^ 0x4859504552L); // "HYPER"
        List<List<Candidate>> out = new ArrayList<>();
        List<Integer> deck = new ArrayList<>();
        for (int it = 0; it < iterations; it++) {
            for (HyperbandBrackets.Bracket b : brackets) {
                int want = Math.min(b.rounds().get(0).candidates(), candidates.size());
                Set<Integer> chosen = new LinkedHashSet<>();
                while (chosen.size() < want) {
                    if (deck.isEmpty()) {
                        for (int i : random.permutation(candidates.size())) {
                            deck.add(i);
                        }
                    }
                    int pick = -1;
                    for (int i = 0; i < deck.size(); i++) {
                        if (!chosen.contains(deck.get(i))) {
                            pick = i;
                            break;
                        }
                    }
                    if (pick < 0) { // every card left is already in this bracket: take from a fresh shuffle
                        List<Integer> fresh = new ArrayList<>();
                        for (int i : random.permutation(candidates.size())) {
                            fresh.add(i);
                        }
                        deck.addAll(fresh);
                        continue;
                    }
                    chosen.add(deck.remove(pick));
                }
                out.add(chosen.stream().map(candidates::get).toList());
            }
        }
        return out;
    }

    /** The epochs of the last round: what a finished candidate trained. */
    int maxEpochs() {
        return maxEpochs;
    }

    /** The brackets as far as the records of the last {@link #plan} call go. */
    List<BracketRun> trace() {
        return trace;
    }

    @Override
    public int expectedFits() {
        int n = 0; // an upper bound: fits another bracket already made are not counted out
        for (int i = 0; i < firstRounds.size(); i++) {
            HyperbandBrackets.Bracket b = brackets.get(i % brackets.size());
            int size = firstRounds.get(i).size();
            for (HyperbandBrackets.Round r : b.rounds()) {
                size = Math.min(size, r.candidates());
                n += size * splits.size();
            }
        }
        return n;
    }

    @Override
    public Plan plan(Map<String, FitRecord> records) {
        Map<String, Planned> pending = new LinkedHashMap<>();
        List<BracketRun> runs = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < firstRounds.size(); i++) {
            HyperbandBrackets.Bracket b = brackets.get(i % brackets.size());
            List<Candidate> round = firstRounds.get(i);
            List<BracketRun.Round> rounds = new ArrayList<>();
            for (int r = 0; r < b.rounds().size(); r++) {
                int epochs = b.rounds().get(r).epochs();
                Map<String, Double> scores = new LinkedHashMap<>();
                boolean roundDone = true;
                for (Candidate c : round) {
                    boolean all = true;
                    for (String s : splits) {
                        String k = Schedule.key(c.id(), s, epochs);
                        if (!records.containsKey(k)) {
                            all = false;
                            pending.putIfAbsent(k, new Planned(c, s, epochs));
                        }
                    }
                    if (all) {
                        scores.put(c.id(), score(c, epochs, records));
                    } else {
                        roundDone = false;
                    }
                }
                rounds.add(new BracketRun.Round(epochs, round.stream().map(Candidate::id).toList(), scores));
                if (!roundDone) {
                    complete = false;
                    break;
                }
                if (r + 1 < b.rounds().size()) {
                    int keep = Math.min(b.rounds().get(r + 1).candidates(), round.size());
                    round = ranked(round, scores).subList(0, keep);
                }
            }
            runs.add(new BracketRun(i / brackets.size(), b.number(), rounds));
        }
        trace = List.copyOf(runs);
        return new Plan(new ArrayList<>(pending.values()), List.of(), complete && pending.isEmpty());
    }

    private double score(Candidate c, int epochs, Map<String, FitRecord> records) {
        double sum = 0;
        for (String s : splits) {
            FitRecord r = records.get(Schedule.key(c.id(), s, epochs));
            double v = r != null && r.ok() ? r.metric(metric) : Double.NaN;
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
            sum += v;
        }
        return sum / splits.size();
    }

    private List<Candidate> ranked(List<Candidate> round, Map<String, Double> scores) {
        Comparator<Candidate> byScore = (a, b) -> {
            double x = scores.get(a.id());
            double y = scores.get(b.id());
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return maximize ? Double.compare(y, x) : Double.compare(x, y);
        };
        List<Candidate> out = new ArrayList<>(round);
        out.sort(byScore.thenComparing(Candidate::id));
        return out;
    }
}
