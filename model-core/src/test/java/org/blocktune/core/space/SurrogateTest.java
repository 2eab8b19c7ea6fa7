package org.blocktune.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Gaussian process and expected improvement behind {@link BayesianSearch}. */
class SurrogateTest {

    @Test
    void normalDistributionFunction() {
        assertEquals(0.5, ExpectedImprovement.cdf(0), 1e-15);
        assertEquals(0.9750021048517795, ExpectedImprovement.cdf(1.96), 1e-13);
        assertEquals(0.0013498980316301, ExpectedImprovement.cdf(-3), 1e-15);
        assertEquals(2.209049699858544e-05, ExpectedImprovement.erfc(3), 1e-18);
        assertEquals(1.0 - 0.8427007929497149, ExpectedImprovement.erfc(1), 1e-15);
    }

    @Test
    void expectedImprovementIsPositiveAndIncreasingEvenFarBelowTheBest() {
        double previous = 0;
        for (double z = -40; z <= 5; z += 0.25) {
            double t = ExpectedImprovement.tau(z);
            assertTrue(t > previous || (t == 0 && previous == 0), "tau(" + z + ") = " + t);
            previous = t;
        }
        assertEquals(1.0, ExpectedImprovement.tau(-6.0000001) / ExpectedImprovement.tau(-5.9999999), 1e-3, "tail series meets the exact formula");
        assertEquals(7.47456025458266e-25, ExpectedImprovement.tau(-10), 1e-28);
        assertEquals(1.0 / Math.sqrt(2 * Math.PI), ExpectedImprovement.of(0, 1, 0, 0), 1e-15);
        assertEquals(0.5, ExpectedImprovement.of(1.5, 0, 1, 0), 0);
    }

    @Test
    void gaussianProcessInterpolatesAndIsUnsureFarAway() {
        double[][] x = {{0.0}, {0.125}, {0.25}, {0.375}, {0.5}, {0.625}, {0.75}};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(6 * x[i][0]);
        }
        GaussianProcess gp = GaussianProcess.fit(x, y, 1.0);
        for (int i = 0; i < x.length; i++) {
            double[] p = gp.predict(x[i]);
            assertEquals(y[i], p[0], 0.05);
            assertTrue(p[1] < 0.1, "sd at a data point " + p[1]);
        }
        assertTrue(gp.predict(new double[] {1.0})[1] > 3 * gp.predict(new double[] {0.5})[1]);
        assertEquals(Math.sin(6 * 0.3125), gp.predict(new double[] {0.3125})[0], 0.1);
    }

    @Test
    void choleskyRejectsIndefiniteMatrices() {
        assertEquals(null, GaussianProcess.cholesky(new double[][] {{1, 0}, {2, 1}}));
        double[][] l = GaussianProcess.cholesky(new double[][] {{4, 0}, {2, 5}});
        assertEquals(2, l[0][0], 1e-15);
        assertEquals(1, l[1][0], 1e-15);
        assertEquals(2, l[1][1], 1e-15);
    }
}
