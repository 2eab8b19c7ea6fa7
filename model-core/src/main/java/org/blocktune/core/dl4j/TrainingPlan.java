package org.blocktune.core.dl4j;

import java.util.List;
import org.blocktune.core.spec.EarlyStopping;
import org.blocktune.core.spec.Loss;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.TrainingSettings;

/**
 * How the training loop runs, with Keras semantics.
 *
 * @param batchSize       rows per update
 * @param epochs          last epoch number; epochs {@code initialEpoch + 1 .. epochs} are trained
 * @param initialEpoch    epochs already done
 * @param stepsPerEpoch   batches per epoch, 0 for a full pass (never more than one pass over the rows)
 * @param validationFreq  validate in every epoch whose number is a multiple of this
 * @param shuffle         reshuffle the training rows before every epoch
 * @param seed            seed for the shuffles and for ND4J's random numbers (dropout)
 * @param metrics         compile metric names recorded per epoch
 * @param classification  whether the outcome is categorical
 * @param hingeLabels     feed labels as −1/+1 (hinge and squared hinge losses)
 * @param earlyStopping   early-stopping settings
 * @param heads           the outputs of a network with several, in output order (empty for one output); their
 *                        metrics are recorded as {@code <output>_<metric>} and {@code val_<output>_<metric>}
 */
public record TrainingPlan(int batchSize, int epochs, int initialEpoch, int stepsPerEpoch, int validationFreq,
                           boolean shuffle, long seed, List<String> metrics, boolean classification,
                           boolean hingeLabels, EarlyStopping earlyStopping, List<Head> heads) {

    /**
     * One output of a network with several.
     *
     * @param name           the output's (outcome's) name
     * @param width          its columns: classes, or numbers
     * @param classification whether it predicts classes
     * @param metrics        compile metric names recorded for it
     * @param hinge          feed its labels as −1/+1 (hinge losses)
     */
    public record Head(String name, int width, boolean classification, List<String> metrics, boolean hinge) {
        public Head {
            metrics = List.copyOf(metrics);
        }
    }

    public TrainingPlan {
        metrics = List.copyOf(metrics);
        heads = heads == null ? List.of() : List.copyOf(heads);
    }

    /** The plan for resolved training settings of a network with one output. */
    public static TrainingPlan of(TrainingSettings t, boolean classification, long seed) {
        boolean hinge = t.losses().stream().anyMatch(TrainingPlan::isHinge);
        return new TrainingPlan(t.batchSize(), t.epochs(), t.initialEpoch(), t.stepsPerEpoch(), t.validationFreq(),
                t.shuffle(), seed, t.metrics(), classification, hinge, t.earlyStopping(), List.of());
    }

    /**
     * The plan for resolved training settings of a network whose outputs are {@code outputs} (name →
     * outcome, in output order); with one output, as {@link #of(TrainingSettings, boolean, long)}.
     */
    public static TrainingPlan of(TrainingSettings t, java.util.Map<String, OutcomeShape> outputs, long seed) {
        List<String> names = List.copyOf(outputs.keySet());
        List<OutcomeShape> shapes = List.copyOf(outputs.values());
        if (names.size() == 1) {
            return of(t, shapes.get(0).classification(), seed);
        }
        List<Head> heads = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            heads.add(new Head(names.get(i), shapes.get(i).width(), shapes.get(i).classification(),
                    t.outputMetrics().get(i), isHinge(t.losses().get(i))));
        }
        boolean anyMetric = heads.stream().anyMatch(h -> !h.metrics().isEmpty());
        return new TrainingPlan(t.batchSize(), t.epochs(), t.initialEpoch(), t.stepsPerEpoch(), t.validationFreq(),
                t.shuffle(), seed, anyMetric ? t.metrics() : List.of(), shapes.get(0).classification(),
                heads.stream().anyMatch(Head::hinge), t.earlyStopping(), heads);
    }

    /** Per output, whether its labels are fed as −1/+1. */
    boolean[] hingePerOutput() {
        if (heads.isEmpty()) {
            return new boolean[] {hingeLabels};
        }
        boolean[] out = new boolean[heads.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = heads.get(i).hinge();
        }
        return out;
    }

    private static boolean isHinge(Loss l) {
        return l == Loss.HINGE || l == Loss.SQUARED_HINGE;
    }

    /** Number of epochs this plan trains. */
    public int epochsToRun() {
        return Math.max(0, epochs - initialEpoch);
    }
}
