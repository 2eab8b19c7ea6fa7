package org.blocktune.core.space;

/**
 * A Gaussian-process regression surrogate with a Matérn 5/2 kernel and zero prior mean, for
 * standardised scores. The length scale and the noise ratio are chosen from small fixed lists
 * by maximum marginal likelihood; the signal variance then has a closed form. Plain Cholesky,
 * fine for up to a few hundred points.
 */
final class GaussianProcess {

    private static final double[] LENGTH_FACTORS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2, 2.0};
    private static final double[] NOISE_RATIOS = {1e-6, 1e-4, 1e-2, 1e-1};

    private final double[][] x;
    private final double[][] chol;
    private final double[] alpha;
    private final double lengthScale;
    private final double signalVariance;

    private GaussianProcess(double[][] x, double[][] chol, double[] alpha, double lengthScale, double signalVariance) {
        this.x = x;
        this.chol = chol;
        this.alpha = alpha;
        this.lengthScale = lengthScale;
        this.signalVariance = signalVariance;
    }

    /**
     * Fits to points {@code x} with scores {@code y} (standardised).
     *
     * @param scale the typical distance between points far apart (√ of the number of parameters);
     *              length scales are tried as fractions and multiples of it
     */
    static GaussianProcess fit(double[][] x, double[] y, double scale) {
        int n = x.length;
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                dist[i][j] = Math.sqrt(UnitCube.squaredDistance(x[i], x[j]));
            }
        }
        GaussianProcess best = null;
        double bestLogLik = Double.NEGATIVE_INFINITY;
        for (double factor : LENGTH_FACTORS) {
            double ell = factor * scale;
            for (double noise : NOISE_RATIOS) {
                double[][] k = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        k[i][j] = matern52(dist[i][j], ell);
                    }
                    k[i][i] = 1.0 + noise;
                }
                double[][] l = cholesky(k);
                if (l == null) {
                    continue;
                }
                double[] a = solveUpper(l, solveLower(l, y));
                double quad = 0;
                double logDet = 0;
                for (int i = 0; i < n; i++) {
                    quad += y[i] * a[i];
                    logDet += 2 * Math.log(l[i][i]);
                }
                double variance = Math.max(quad / n, 1e-12);
                double logLik = -0.5 * n * Math.log(variance) - 0.5 * logDet;
                if (logLik > bestLogLik) {
                    bestLogLik = logLik;
                    best = new GaussianProcess(x, l, a, ell, variance);
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("the Gaussian-process covariance is not positive definite for any setting");
        }
        return best;
    }

    /** Posterior mean and standard deviation of the latent function at {@code point}. */
    double[] predict(double[] point) {
        int n = x.length;
        double[] k = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            k[i] = matern52(Math.sqrt(UnitCube.squaredDistance(point, x[i])), lengthScale);
            mean += k[i] * alpha[i];
        }
        double[] v = solveLower(chol, k);
        double explained = 0;
        for (double vi : v) {
            explained += vi * vi;
        }
        double variance = signalVariance * Math.max(1.0 - explained, 1e-12);
        return new double[] {mean, Math.sqrt(variance)};
    }

    static double matern52(double r, double ell) {
        double s = Math.sqrt(5.0) * r / ell;
        return (1.0 + s + s * s / 3.0) * Math.exp(-s);
    }

    /** Lower Cholesky factor of the symmetric matrix whose lower triangle is {@code a}; null if not positive definite. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    private static double[] solveLower(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        return y;
    }

    private static double[] solveUpper(double[][] l, double[] y) {
        int n = y.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
