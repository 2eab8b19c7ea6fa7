package org.blocktune.core.space;

import java.util.List;
import java.util.Map;

/**
 * Places candidates in a unit cube for distances: each numeric parameter is one coordinate
 * (its transformed {@link Domain#position position}); a value set becomes one-hot coordinates
 * scaled by 1/√2, so two different values are at distance 1 and no order is implied.
 */
final class UnitCube {

    private static final double ONE_HOT = Math.sqrt(0.5);

    private final List<Parameter> parameters;
    private final int dimension;

    UnitCube(ParameterSet space) {
        this.parameters = space.parameters();
        int d = 0;
        for (Parameter p : parameters) {
            d += p.domain() instanceof Domain.ValueSet set ? set.values().size() : 1;
        }
        this.dimension = d;
    }

    int dimension() {
        return dimension;
    }

    double[] embed(Map<String, Object> candidate) {
        double[] x = new double[dimension];
        int k = 0;
        for (Parameter p : parameters) {
            Object value = candidate.get(p.name());
            if (p.domain() instanceof Domain.ValueSet set) {
                int i = set.values().indexOf(value);
                if (i < 0) {
                    throw new IllegalArgumentException("'" + p.name() + "' = " + value + " is not one of " + set.values());
                }
                x[k + i] = ONE_HOT;
                k += set.values().size();
            } else {
                x[k++] = p.domain().position(value);
            }
        }
        return x;
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
