package org.blocktune.core.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Training steps through DL4J's own layers: any network BlockTune compiles. */
final class Dl4jSteps implements TrainingSteps {
    private final TrainedNetwork net;
    private final NetworkData train;
    private final NetworkData validation;
    private final INDArray[] trainLabels;
    private final INDArray[] valLabels;
    private final boolean[] hinge;

    /** @param hingeLabels per output: feed its labels as −1/+1 (hinge losses) */
    Dl4jSteps(TrainedNetwork net, NetworkData train, NetworkData validation, boolean[] hingeLabels) {
        this.net = net;
        this.train = train;
        this.validation = validation;
        this.hinge = hingeLabels;
        this.trainLabels = labels(train.allLabels(), hingeLabels);
        this.valLabels = validation == null ? null : labels(validation.allLabels(), hingeLabels);
    }

    private static INDArray[] labels(INDArray[] labels, boolean[] hinge) {
        INDArray[] out = labels.clone();
        for (int i = 0; i < out.length; i++) {
            if (i < hinge.length && hinge[i]) {
                out[i] = hinge(labels[i]);
            }
        }
        return out;
    }

    @Override
    public String engine() {
        return "dl4j";
    }

    @Override
    public double fitBatch(int[] rows) {
        try (var s = NativeReclaimer.section()) {
            INDArray[] f = train.features(rows);
            INDArray[] l = new INDArray[trainLabels.length];
            for (int i = 0; i < l.length; i++) {
                l[i] = NetworkData.rows(trainLabels[i], rows);
            }
            double loss = net.fitBatch(f, l);
            for (INDArray a : f) {
                NetworkData.release(a);
            }
            for (INDArray a : l) {
                NetworkData.release(a);
            }
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
        for (int i = 0; i < hinge.length; i++) {
            if (hinge[i]) {
                NetworkData.release(trainLabels[i]);
                if (valLabels != null) {
                    NetworkData.release(valLabels[i]);
                }
            }
        }
    }

    /** One-hot 0/1 labels as −1/+1, as DL4J's hinge losses expect. */
    private static INDArray hinge(INDArray labels) {
        try (var s = NativeReclaimer.section()) {
            return labels.mul(2).subi(1);
        }
    }
}
