package org.blocktune.core.fit;

import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.data.CategoricalColumn;

/** Class weights computed from the data. */
final class ClassWeights {
    private ClassWeights() {
    }

    /**
     * Keras/scikit-learn "balanced" weights, {@code rows / (classes × rows of the class)}, one per
     * level in level order; a level without rows gets weight 1 (it contributes no loss anyway).
     */
    static List<Double> balanced(CategoricalColumn outcome) {
        int[] counts = outcome.levelCounts();
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        List<Double> weights = new ArrayList<>(counts.length);
        for (int c : counts) {
            weights.add(c == 0 ? 1.0 : (double) total / ((double) counts.length * c));
        }
        return weights;
    }
}
