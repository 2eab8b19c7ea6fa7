package org.blocktune.core.space;

import org.blocktune.core.random.SeededRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Bayesian optimisation with an ask/tell interface (tune's {@code tune_bayes()}, Keras Tuner's
 * {@code BayesianOptimization}). A runner loops
 * {@code while (!search.finished()) { c = search.propose(); search.observe(c, score(c)); }}.
 *
 * <p>First the initial design is proposed: a seeded {@link Grids#maxEntropy maximum-entropy grid}
 * of {@code initialSize} rows, or a grid given to the constructor. Then each proposal maximises
 * expected improvement under a {@link GaussianProcess} (Matérn 5/2 over the {@link UnitCube}:
 * transformed positions, value sets one-hot) fitted to the successful observations; candidates
 * are a seeded random pool (the whole space when it is finite and small) plus perturbations of
 * the best points, and the winner is refined locally. Candidates proposed but not yet observed
 * count as if they had scored the worst result so far ("constant liar"), so several workers can
 * ask at once without getting the same idea.
 *
 * <p>No candidate is proposed twice, or proposed after it was observed. A NaN or infinite score
 * marks a failed candidate: it is never proposed again and does not shape the surrogate. Every
 * observation of a candidate outside the initial design counts as an iteration; the search
 * finishes when {@code initialSize + iterations} distinct candidates have been proposed or
 * observed, when {@code noImprovementLimit} iterations in a row did not beat the best score, or
 * when every point of a finite space has been tried. Candidates may also be observed without
 * having been proposed (e.g. replaying a run's stored results). Methods are synchronised.
 */
public final class BayesianSearch {

    private static final int RANDOM_CANDIDATES = 1000;
    private static final int LOCAL_ANCHORS = 5;
    private static final int LOCAL_PER_ANCHOR = 40;
    private static final double XI = 0.01;

    private final ParameterSet space;
    private final BayesianSettings settings;
    private final UnitCube cube;
    private final SeededRandom rng;
    private final List<Map<String, Object>> initialDesign;
    private final Set<Map<String, Object>> initialSet;
    private final LinkedHashMap<Map<String, Object>, Double> observed = new LinkedHashMap<>();
    private final LinkedHashSet<Map<String, Object>> pending = new LinkedHashSet<>();
    private int nextInitial;
    private int iterationsObserved;
    private int sinceImprovement;
    private Map<String, Object> bestCandidate;
    private double bestScore = Double.NaN;
    private boolean exhausted;

    /** A search whose initial design is a maximum-entropy grid of {@code settings.initialSize()} rows. */
    public BayesianSearch(ParameterSet space, BayesianSettings settings) {
        this(space, settings, null);
    }

    /**
     * A search that starts with the rows of {@code initialDesign} (its columns must be the
     * space's parameters) instead of a generated one.
     */
    public BayesianSearch(ParameterSet space, BayesianSettings settings, Grid initialDesign) {
        this.space = Objects.requireNonNull(space, "space");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (space.isEmpty()) {
            throw new IllegalArgumentException("the parameter set is empty; mark at least one argument for tuning");
        }
        Grid design = initialDesign != null ? initialDesign
                : Grids.maxEntropy(space, settings.initialSize(), settings.seed());
        if (!design.parameterNames().equals(space.names())) {
            throw new IllegalArgumentException("the initial design has columns " + design.parameterNames()
                    + " but the space has " + space.names());
        }
        for (Map<String, Object> row : design.rows()) {
            List<String> problems = space.problems(row);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("initial design row " + row + ": " + problems);
            }
        }
        this.initialDesign = design.rows().stream().map(this::canonical).toList();
        this.initialSet = new HashSet<>(this.initialDesign);
        this.cube = new UnitCube(space);
        this.rng = new SeededRandom(settings.seed() ^ 0x5DEECE66DL);
    }

    public ParameterSet space() {
        return space;
    }

    public BayesianSettings settings() {
        return settings;
    }

    /**
     * The next candidate to evaluate, a row of the space in parameter order.
     *
     * @throws IllegalStateException if the search has {@link #finished() finished}
     */
    public synchronized Map<String, Object> propose() {
        Optional<String> reason = stopReason();
        if (reason.isPresent()) {
            throw new IllegalStateException("the search has finished (" + reason.get()
                    + "); check finished() before calling propose()");
        }
        Map<String, Object> candidate = null;
        while (candidate == null && nextInitial < initialDesign.size()) {
            Map<String, Object> next = initialDesign.get(nextInitial++);
            if (!isSeen(next)) {
                candidate = next;
            }
        }
        if (candidate == null) {
            candidate = canonical(searchProposal());
        }
        pending.add(candidate);
        return candidate;
    }

    /**
     * Records the score of {@code candidate}; NaN or infinite means the candidate failed.
     *
     * @throws IllegalArgumentException if the candidate is not a point of the space or was already observed
     */
    public synchronized void observe(Map<String, Object> candidate, double score) {
        Objects.requireNonNull(candidate, "candidate");
        List<String> problems = space.problems(candidate);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot observe " + candidate + ": " + problems);
        }
        Map<String, Object> key = canonical(candidate);
        if (observed.containsKey(key)) {
            throw new IllegalArgumentException("candidate " + key + " was already observed; observe each candidate once "
                    + "(with its score summarised over resamples)");
        }
        pending.remove(key);
        boolean failed = !Double.isFinite(score);
        observed.put(key, failed ? Double.NaN : score);
        boolean improved = !failed && (bestCandidate == null || settings.direction().isBetter(score, bestScore));
        if (improved) {
            bestCandidate = key;
            bestScore = score;
        }
        if (!initialSet.contains(key)) {
            iterationsObserved++;
            sinceImprovement = improved ? 0 : sinceImprovement + 1;
        }
    }

    /** True when no more candidates should be proposed (see {@link #stopReason()}). */
    public synchronized boolean finished() {
        return stopReason().isPresent();
    }

    /** Why the search has finished, in words, or empty while it goes on. */
    public synchronized Optional<String> stopReason() {
        int trials = trials();
        if (exhausted || trials >= space.cardinality()) {
            return Optional.of("every point of the search space has been tried");
        }
        if (sinceImprovement >= settings.noImprovementLimit()) {
            return Optional.of("no improvement in the last " + sinceImprovement + " iterations");
        }
        int budget = initialDesign.size() + settings.iterations();
        if (trials >= budget) {
            return Optional.of("the budget of " + budget + " candidates (" + initialDesign.size() + " initial + "
                    + settings.iterations() + " iterations) is used");
        }
        return Optional.empty();
    }

    /** Distinct candidates proposed or observed so far. */
    public synchronized int trials() {
        int n = observed.size();
        for (Map<String, Object> p : pending) {
            if (!observed.containsKey(p)) {
                n++;
            }
        }
        return n;
    }

    /** Observations of candidates outside the initial design. */
    public synchronized int iterations() {
        return iterationsObserved;
    }

    /** The best candidate observed so far, if any succeeded. */
    public synchronized Optional<Map<String, Object>> bestCandidate() {
        return Optional.ofNullable(bestCandidate);
    }

    /** The best score observed so far, if any succeeded. */
    public synchronized OptionalDouble bestScore() {
        return bestCandidate == null ? OptionalDouble.empty() : OptionalDouble.of(bestScore);
    }

    private boolean isSeen(Map<String, Object> candidate) {
        return observed.containsKey(candidate) || pending.contains(candidate);
    }

    /** An unmodifiable copy in parameter order, integers as {@link Integer} and reals as {@link Double}. */
    private Map<String, Object> canonical(Map<String, Object> candidate) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            Object value = candidate.get(p.name());
            if (p.domain() instanceof Domain.IntRange && value instanceof Number n) {
                value = n.intValue();
            } else if (p.domain() instanceof Domain.RealRange && value instanceof Number n) {
                value = n.doubleValue();
            }
            m.put(p.name(), value);
        }
        return Collections.unmodifiableMap(m);
    }

    private Map<String, Object> searchProposal() {
        List<Map<String, Object>> successes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        observed.forEach((c, s) -> {
            if (!Double.isNaN(s)) {
                successes.add(c);
                scores.add(settings.direction().toMaximize(s));
            }
        });
        List<Map<String, Object>> pool = unseen(Grids.candidatePool(space, rng, RANDOM_CANDIDATES));
        if (successes.isEmpty()) {
            return pickOrGiveUp(pool.isEmpty() ? null : pool.get(rng.nextInt(pool.size())));
        }
        // the surrogate: successes plus pending candidates at the worst score so far
        double worst = scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>(scores);
        successes.forEach(c -> xs.add(cube.embed(c)));
        for (Map<String, Object> p : pending) {
            xs.add(cube.embed(p));
            ys.add(worst);
        }
        double mean = ys.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sd = Math.sqrt(ys.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / ys.size());
        double scale = sd > 1e-12 ? sd : 1.0;
        double[] y = ys.stream().mapToDouble(v -> (v - mean) / scale).toArray();
        GaussianProcess gp = GaussianProcess.fit(xs.toArray(double[][]::new), y,
                Math.sqrt(space.size()));
        double best = scores.stream().mapToDouble(v -> (v - mean) / scale).max().orElseThrow();

        // candidates: the random pool plus perturbations of the best observed points
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < successes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores.get(i)));
        LinkedHashSet<Map<String, Object>> candidates = new LinkedHashSet<>(pool);
        for (int a = 0; a < Math.min(LOCAL_ANCHORS, order.size()); a++) {
            Map<String, Object> anchor = successes.get(order.get(a));
            for (int k = 0; k < LOCAL_PER_ANCHOR; k++) {
                candidates.add(perturb(anchor, k % 2 == 0 ? 0.05 : 0.15));
            }
        }
        Map<String, Object> winner = null;
        double winnerEi = Double.NEGATIVE_INFINITY;
        double winnerSd = Double.NEGATIVE_INFINITY;
        for (Map<String, Object> c : candidates) {
            if (isSeen(c)) {
                continue;
            }
            double[] pred = gp.predict(cube.embed(c));
            double ei = ExpectedImprovement.of(pred[0], pred[1], best, XI);
            if (ei > winnerEi || (ei == winnerEi && pred[1] > winnerSd)) {
                winner = c;
                winnerEi = ei;
                winnerSd = pred[1];
            }
        }
        if (winner == null) {
            return pickOrGiveUp(null);
        }
        // local refinement of the winner
        for (double step : new double[] {0.05, 0.02, 0.01}) {
            for (int k = 0; k < 20; k++) {
                Map<String, Object> c = perturb(winner, step);
                if (isSeen(c)) {
                    continue;
                }
                double[] pred = gp.predict(cube.embed(c));
                double ei = ExpectedImprovement.of(pred[0], pred[1], best, XI);
                if (ei > winnerEi) {
                    winner = c;
                    winnerEi = ei;
                }
            }
        }
        return winner;
    }

    private Map<String, Object> pickOrGiveUp(Map<String, Object> candidate) {
        if (candidate == null) {
            exhausted = true;
            throw new IllegalStateException("no untried candidate could be found; the search space looks exhausted");
        }
        return candidate;
    }

    private List<Map<String, Object>> unseen(List<Map<String, Object>> rows) {
        return rows.stream().filter(r -> !isSeen(r)).toList();
    }

    /** A nearby candidate: positions moved by N(0, step²); a value set switches value with probability 0.2. */
    private Map<String, Object> perturb(Map<String, Object> candidate, double step) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            Object value = candidate.get(p.name());
            if (p.domain() instanceof Domain.ValueSet set) {
                m.put(p.name(), rng.nextDouble() < 0.2 ? set.valueAt(rng.nextDouble()) : value);
            } else {
                m.put(p.name(), p.domain().atPosition(p.domain().position(value) + step * rng.nextGaussian()));
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
