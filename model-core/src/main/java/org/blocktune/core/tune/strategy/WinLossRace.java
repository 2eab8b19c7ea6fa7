package org.blocktune.core.tune.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The elimination test of finetune's {@code tune_race_win_loss}: on every resample each pair of
 * candidates plays a game (the better metric wins; a tie gives each half a win), and a
 * Bradley-Terry model, {@code logit P(i beats j) = λi − λj}, is fitted to the season with the
 * candidate of most wins as the reference (λ = 0). As in finetune, the model is fitted with
 * bias reduction (Firth's adjusted score, which BradleyTerry2's {@code br = TRUE} uses), a candidate
 * that lost every game is eliminated before the fit, and a candidate stays when the upper end of
 * {@code λ ± t(1 − alpha, 1 df) × se} is above 0 and its standard error is below 500.
 * Unlike finetune, a candidate is not dropped merely for scoring the same on every resample.
 */
public final class WinLossRace {
    private static final int MAX_ITERATIONS = 200;

    private WinLossRace() {
    }

    /**
     * Tests the candidates.
     *
     * @param ids      candidate ids, one per row of {@code values}
     * @param values   values[candidate][resample], all finite; at least 2 candidates
     * @param maximize true when larger values are better
     * @param alpha    the significance level
     * @return one verdict per candidate, in the order given ({@code estimate} is the ability λ)
     */
    public static List<RaceVerdict> test(List<String> ids, double[][] values, boolean maximize, double alpha) {
        int k = values.length;
        if (k < 2 || ids.size() != k) {
            throw new IllegalArgumentException("the test needs at least 2 candidates with one id each");
        }
        int b = values[0].length;
        double[][] wins = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                for (int s = 0; s < b; s++) {
                    double x = values[i][s];
                    double y = values[j][s];
                    if (x == y) {
                        wins[i][j] += 0.5;
                        wins[j][i] += 0.5;
                    } else if (maximize == (x > y)) {
                        wins[i][j] += 1;
                    } else {
                        wins[j][i] += 1;
                    }
                }
            }
        }
        double[] mean = new double[k];
        for (int i = 0; i < k; i++) {
            for (int s = 0; s < b; s++) {
                mean[i] += values[i][s] / b;
            }
        }
        boolean[] skunked = new boolean[k];
        for (int i = 0; i < k; i++) {
            double total = 0;
            for (int j = 0; j < k; j++) {
                total += wins[i][j];
            }
            skunked[i] = total == 0;
        }
        List<Integer> players = new ArrayList<>();
        double[] totals = new double[k];
        for (int i = 0; i < k; i++) {
            if (!skunked[i]) {
                players.add(i);
                for (int j = 0; j < k; j++) {
                    if (!skunked[j]) {
                        totals[i] += wins[i][j];
                    }
                }
            }
        }
        players.sort(Comparator.comparingDouble((Integer i) -> -totals[i]).thenComparing(i -> ids.get(i)));
        RaceVerdict[] out = new RaceVerdict[k];
        for (int i = 0; i < k; i++) {
            if (skunked[i]) {
                out[i] = new RaceVerdict(ids.get(i), mean[i], Double.NaN, Double.NaN, Double.NaN, false,
                        "lost every comparison with the other candidates on the resamples so far");
            }
        }
        if (players.isEmpty()) {
            return List.of(out);
        }
        int best = players.get(0);
        out[best] = new RaceVerdict(ids.get(best), mean[best], 0, 0, 0, true, "");
        if (players.size() > 1) {
            fit(ids, players, wins, mean, alpha, out);
        }
        return List.of(out);
    }

    /** Fits the Bradley-Terry model with Firth's adjustment; abilities relative to players.get(0). */
    private static void fit(List<String> ids, List<Integer> players, double[][] wins, double[] mean, double alpha,
                            RaceVerdict[] out) {
        int p = players.size() - 1; // parameters: every player but the reference
        List<double[]> rows = new ArrayList<>();
        List<double[]> counts = new ArrayList<>(); // {wins of first, games}
        for (int a = 0; a < players.size(); a++) {
            for (int c = a + 1; c < players.size(); c++) {
                int i = players.get(a);
                int j = players.get(c);
                double games = wins[i][j] + wins[j][i];
                if (games == 0) {
                    continue;
                }
                double[] x = new double[p];
                if (a > 0) {
                    x[a - 1] = 1;
                }
                if (c > 0) {
                    x[c - 1] = -1;
                }
                rows.add(x);
                counts.add(new double[] {wins[i][j], games});
            }
        }
        double[] beta = new double[p];
        RealMatrix inverse = null;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] prob = new double[rows.size()];
            double[] weight = new double[rows.size()];
            double[][] info = new double[p][p];
            for (int r = 0; r < rows.size(); r++) {
                double eta = dot(rows.get(r), beta);
                prob[r] = 1 / (1 + Math.exp(-eta));
                weight[r] = counts.get(r)[1] * prob[r] * (1 - prob[r]);
                addOuter(info, rows.get(r), weight[r]);
            }
            LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(info, false));
            if (!lu.getSolver().isNonSingular()) {
                inverse = null;
                break;
            }
            inverse = lu.getSolver().getInverse();
            double[] score = new double[p];
            for (int r = 0; r < rows.size(); r++) {
                double[] x = rows.get(r);
                double h = weight[r] * quad(inverse, x);
                double u = counts.get(r)[0] - counts.get(r)[1] * prob[r] + h * (0.5 - prob[r]);
                for (int m = 0; m < p; m++) {
                    score[m] += x[m] * u;
                }
            }
            double[] step = inverse.operate(score);
            double largest = 0;
            for (int m = 0; m < p; m++) {
                beta[m] += step[m];
                largest = Math.max(largest, Math.abs(step[m]));
            }
            if (largest < 1e-10) {
                break;
            }
        }
        double q = new TDistribution(1).inverseCumulativeProbability(1 - alpha);
        for (int a = 1; a < players.size(); a++) {
            int i = players.get(a);
            double lambda = beta[a - 1];
            double se = inverse == null ? Double.POSITIVE_INFINITY : Math.sqrt(Math.max(0, inverse.getEntry(a - 1, a - 1)));
            double lower = lambda - q * se;
            double upper = lambda + q * se;
            boolean pass = upper > 0 && se < 500;
            String reason = pass ? "" : String.format(Locale.ROOT,
                    "ability %s (se %s) against %s, the candidate with the most wins; upper bound %s is not above 0",
                    AnovaRace.num(lambda), AnovaRace.num(se), ids.get(players.get(0)), AnovaRace.num(upper));
            out[i] = new RaceVerdict(ids.get(i), mean[i], lambda, lower, upper, pass, reason);
        }
    }

    private static double dot(double[] x, double[] beta) {
        double s = 0;
        for (int m = 0; m < x.length; m++) {
            s += x[m] * beta[m];
        }
        return s;
    }

    private static void addOuter(double[][] info, double[] x, double w) {
        for (int a = 0; a < x.length; a++) {
            if (x[a] == 0) {
                continue;
            }
            for (int c = 0; c < x.length; c++) {
                info[a][c] += w * x[a] * x[c];
            }
        }
    }

    private static double quad(RealMatrix inverse, double[] x) {
        double[] ix = inverse.operate(x);
        return dot(x, ix);
    }
}
