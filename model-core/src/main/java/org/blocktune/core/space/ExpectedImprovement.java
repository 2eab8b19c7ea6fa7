package org.blocktune.core.space;

/**
 * Expected improvement over a best score for a Gaussian prediction (larger is better), computed
 * so that candidates far below the best still rank correctly instead of all rounding to zero.
 */
final class ExpectedImprovement {

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private ExpectedImprovement() {
    }

    /** E[max(f - best - xi, 0)] for f ~ N(mean, sd²). */
    static double of(double mean, double sd, double best, double xi) {
        double gain = mean - best - xi;
        if (sd <= 1e-12) {
            return Math.max(gain, 0.0);
        }
        double z = gain / sd;
        return sd * tau(z);
    }

    /** τ(z) = z Φ(z) + φ(z), with an asymptotic series in the far left tail. */
    static double tau(double z) {
        if (z < -6) {
            double z2 = z * z;
            return density(z) / z2 * (1 - 3 / z2 + 15 / (z2 * z2) - 105 / (z2 * z2 * z2));
        }
        return z * cdf(z) + density(z);
    }

    static double density(double z) {
        return Math.exp(-0.5 * z * z) / SQRT_2PI;
    }

    /** Standard normal distribution function Φ. */
    static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** Complementary error function: Taylor series of erf near 0, Laplace's continued fraction in the tails. */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2.5) {
            // erf(x) = 2/√π Σ (-1)^n x^(2n+1) / (n! (2n+1))
            double term = x;
            double sum = x;
            double x2 = x * x;
            for (int n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
                term *= -x2 / n;
                sum += term / (2 * n + 1);
            }
            return 1 - 2 / Math.sqrt(Math.PI) * sum;
        }
        // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
