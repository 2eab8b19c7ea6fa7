package org.blocktune.core.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossKLD;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * The output losses of the fast dense path, with DL4J's definitions: per row, softmax cross-entropy
 * {@code −Σ w_j y_j log p_j} (probabilities clipped to [1e-10, 1 − 1e-10] for the score), softmax
 * KL divergence {@code Σ t_j log(t_j / p_j)} (labels and probabilities clipped to [1e-5, 1]), mean squared
 * error {@code Σ w_j (ŷ_j − y_j)² / k} or mean absolute error {@code Σ w_j |ŷ_j − y_j| / k}; the batch
 * loss is the mean over rows, and the gradient is that of the mean.
 */
final class FastLoss {
    /** The kinds of loss. */
    enum Kind { SOFTMAX_CROSS_ENTROPY, SOFTMAX_KL_DIVERGENCE, MSE, MAE }

    private static final double CLIP = 1e-10;
    /** DL4J clips labels and probabilities to [this, 1] for the KL divergence ({@code Nd4j.EPS_THRESHOLD}). */
    private static final float KLD_CLIP = 1e-5f;
    private final Kind kind;
    private final float[] weights;

    private FastLoss(Kind kind, float[] weights) {
        this.kind = kind;
        this.weights = weights;
    }

    /** The loss for DL4J's {@code loss} after {@code activation}, or null when the fast path lacks it. */
    static FastLoss of(ILossFunction loss, FastActivation activation, int width) {
        float[] w = null;
        Kind kind;
        INDArray weights;
        if (loss instanceof LossMCXENT x && loss.getClass() == LossMCXENT.class && activation == FastActivation.SOFTMAX) {
            if (x.getSoftmaxClipEps() != CLIP) return null;
            kind = Kind.SOFTMAX_CROSS_ENTROPY;
            weights = x.getWeights();
        } else if (loss.getClass() == LossKLD.class && activation == FastActivation.SOFTMAX) {
            kind = Kind.SOFTMAX_KL_DIVERGENCE;
            weights = null;
        } else if (loss.getClass() == LossMSE.class && activation == FastActivation.IDENTITY) {
            kind = Kind.MSE;
            weights = ((LossMSE) loss).getWeights();
        } else if (loss.getClass() == LossMAE.class && activation == FastActivation.IDENTITY) {
            kind = Kind.MAE;
            weights = ((LossMAE) loss).getWeights();
        } else {
            return null;
        }
        if (weights != null) {
            if (weights.length() != width) return null;
            w = weights.dup().castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).data().asFloat();
        }
        return new FastLoss(kind, w);
    }

    /** The kind. */
    Kind kind() {
        return kind;
    }

    private float w(int j) {
        return weights == null ? 1f : weights[j];
    }

    /** The summed loss of {@code rows} rows of outputs {@code out} against {@code labels} (row-major, width k). */
    double sum(float[] out, float[] labels, int labelOffset, int rows, int k) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * k;
            int l = labelOffset + r * k;
            double row = 0;
            for (int j = 0; j < k; j++) {
                float y = labels[l + j];
                switch (kind) {
                    case SOFTMAX_CROSS_ENTROPY -> {
                        if (y != 0f) {
                            double p = Math.min(Math.max(out[o + j], CLIP), 1 - CLIP);
                            row -= w(j) * y * Math.log(p);
                        }
                    }
                    case SOFTMAX_KL_DIVERGENCE -> {
                        double t = Math.min(Math.max(y, KLD_CLIP), 1f);
                        double p = Math.min(Math.max(out[o + j], KLD_CLIP), 1f);
                        row += t * Math.log(t / p);
                    }
                    case MSE -> {
                        double d = out[o + j] - y;
                        row += w(j) * d * d;
                    }
                    case MAE -> row += w(j) * Math.abs(out[o + j] - y);
                }
            }
            total += kind == Kind.SOFTMAX_CROSS_ENTROPY || kind == Kind.SOFTMAX_KL_DIVERGENCE ? row : row / k;
        }
        return total;
    }

    /**
     * Writes into {@code grad} the gradient of the batch's mean loss with respect to the output layer's
     * pre-activations (softmax) or outputs (identity).
     */
    void gradient(float[] out, float[] labels, int rows, int k, float[] grad) {
        float perRow = 1f / rows;
        for (int r = 0; r < rows; r++) {
            int o = r * k;
            switch (kind) {
                case SOFTMAX_CROSS_ENTROPY -> {
                    float wy = 0;
                    for (int j = 0; j < k; j++) wy += w(j) * labels[o + j];
                    for (int j = 0; j < k; j++) grad[o + j] = (wy * out[o + j] - w(j) * labels[o + j]) * perRow;
                }
                case SOFTMAX_KL_DIVERGENCE -> {
                    // dL/dp_j = −t_j / p̃_j (labels and probabilities clipped), through the softmax
                    float dot = 0;
                    for (int j = 0; j < k; j++) {
                        float t = Math.min(Math.max(labels[o + j], KLD_CLIP), 1f);
                        float p = Math.min(Math.max(out[o + j], KLD_CLIP), 1f);
                        float d = -t / p;
                        grad[o + j] = d;
                        dot += out[o + j] * d;
                    }
                    for (int j = 0; j < k; j++) grad[o + j] = out[o + j] * (grad[o + j] - dot) * perRow;
                }
                case MSE -> {
                    for (int j = 0; j < k; j++) grad[o + j] = 2f * w(j) * (out[o + j] - labels[o + j]) * perRow / k;
                }
                case MAE -> {
                    for (int j = 0; j < k; j++) {
                        grad[o + j] = w(j) * Math.signum(out[o + j] - labels[o + j]) * perRow / k;
                    }
                }
            }
        }
    }
}
