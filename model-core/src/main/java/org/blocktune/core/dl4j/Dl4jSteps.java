package org.blocktune.core.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Training steps through DL4J's own layers: any network BlockTune compiles. */
final class Dl4jSteps implements TrainingSteps {
    private final TrainedNetwork net;
    private final NetworkData train;
    private final NetworkData validation;
    private final INDArray trainLabels;
    private final INDArray valLabels;
    private final boolean hinge;

    Dl4jSteps(TrainedNetwork net, NetworkData train, NetworkData validation, boolean hingeLabels) {
        this.net = net;
        this.train = train;
        this.validation = validation;
        this.hinge = hingeLabels;
        this.trainLabels = hingeLabels ? hinge(train.labels()) : train.labels();
        this.valLabels = validation == null ? null : hingeLabels ? hinge(validation.labels()) : validation.labels();
    }

    @Override
    public String engine() {
        return "dl4j";
    }

    @Override
    public double fitBatch(int[] rows) {
        try (var s = NativeReclaimer.section()) {
            INDArray[] f = train.features(rows);
            INDArray l = NetworkData.rows(trainLabels, rows);
            double loss = net.fitBatch(f, l);
            for (INDArray a : f) {
                NetworkData.release(a);
            }
            NetworkData.release(l);
            return loss;
        }
    }

    @Override
    public double[][] trainOutputs() {
        return outputs(train);
    }

    @Override
    public double[][] validationOutputs() {
        return outputs(validation);
    }

    private double[][] outputs(NetworkData data) {
        try (var s = NativeReclaimer.section()) {
            INDArray output = net.output(data.features());
            try {
                return HostCopies.rows(output);
            } finally {
                NetworkData.release(output);
            }
        }
    }

    @Override
    public double validationLoss() {
        return net.score(validation.features(), valLabels);
    }

    @Override
    public Object snapshot() {
        return net.copyParams();
    }

    @Override
    public void restore(Object snapshot) {
        net.setParams((INDArray) snapshot);
    }

    @Override
    public void discard(Object snapshot) {
        NetworkData.release((INDArray) snapshot);
    }

    @Override
    public void finish() {
        if (hinge) {
            NetworkData.release(trainLabels);
            NetworkData.release(valLabels);
        }
    }

    /** One-hot 0/1 labels as −1/+1, as DL4J's hinge losses expect. */
    private static INDArray hinge(INDArray labels) {
        try (var s = NativeReclaimer.section()) {
            return labels.mul(2).subi(1);
        }
    }
}
