package org.blocktune.core.dl4j;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSELU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftPlus;
import org.nd4j.linalg.activations.impl.ActivationSoftSign;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * The activations the fast dense path computes itself, each with its derivative written in terms of
 * the activation's output (so the pre-activations need not be kept), with DL4J's constants.
 */
enum FastActivation {
    IDENTITY, RELU, SIGMOID, TANH, ELU, SELU, SOFTPLUS, LEAKY_RELU, SOFTSIGN, SOFTMAX;

    private static final float SELU_LAMBDA = 1.0507009873554804934193349852946f;
    private static final float SELU_ALPHA_LAMBDA = 1.6732632423543772848170429916717f * SELU_LAMBDA;
    private static final float LEAKY_ALPHA = 0.01f;

    /** The matching activation, or null when the fast path does not compute {@code a} (or its settings differ). */
    static FastActivation of(IActivation a) {
        if (a instanceof ActivationIdentity) return IDENTITY;
        if (a instanceof ActivationReLU) return a.equals(new ActivationReLU()) ? RELU : null;
        if (a instanceof ActivationSigmoid) return SIGMOID;
        if (a instanceof ActivationTanH) return TANH;
        if (a instanceof ActivationELU) return a.equals(new ActivationELU()) ? ELU : null;
        if (a instanceof ActivationSELU) return SELU;
        if (a instanceof ActivationSoftPlus) return SOFTPLUS;
        if (a instanceof ActivationLReLU) return a.equals(new ActivationLReLU()) ? LEAKY_RELU : null;
        if (a instanceof ActivationSoftSign) return SOFTSIGN;
        if (a instanceof ActivationSoftmax) return SOFTMAX;
        return null;
    }

    /** Applies the activation in place to {@code rows} rows of {@code width} values. */
    void apply(float[] z, int rows, int width) {
        int n = rows * width;
        switch (this) {
            case IDENTITY -> { }
            case RELU -> {
                for (int i = 0; i < n; i++) z[i] = z[i] > 0 ? z[i] : 0f;
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) z[i] = (float) (1.0 / (1.0 + Math.exp(-z[i])));
            }
            case TANH -> {
                for (int i = 0; i < n; i++) z[i] = (float) Math.tanh(z[i]);
            }
            case ELU -> {
                for (int i = 0; i < n; i++) z[i] = z[i] > 0 ? z[i] : (float) Math.expm1(z[i]);
            }
            case SELU -> {
                for (int i = 0; i < n; i++) {
                    z[i] = z[i] > 0 ? SELU_LAMBDA * z[i] : (float) (SELU_ALPHA_LAMBDA * Math.expm1(z[i]));
                }
            }
            case SOFTPLUS -> {
                for (int i = 0; i < n; i++) z[i] = (float) (Math.max(z[i], 0) + Math.log1p(Math.exp(-Math.abs(z[i]))));
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) z[i] = z[i] > 0 ? z[i] : LEAKY_ALPHA * z[i];
            }
            case SOFTSIGN -> {
                for (int i = 0; i < n; i++) z[i] = z[i] / (1f + Math.abs(z[i]));
            }
            case SOFTMAX -> softmax(z, rows, width);
        }
    }

    /** Multiplies {@code grad} (gradient w.r.t. the output {@code a}) in place by the derivative at {@code a}. */
    void backward(float[] a, float[] grad, int n) {
        switch (this) {
            case IDENTITY -> { }
            case RELU -> {
                for (int i = 0; i < n; i++) if (a[i] <= 0) grad[i] = 0f;
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) grad[i] *= a[i] * (1f - a[i]);
            }
            case TANH -> {
                for (int i = 0; i < n; i++) grad[i] *= 1f - a[i] * a[i];
            }
            case ELU -> {
                for (int i = 0; i < n; i++) if (a[i] <= 0) grad[i] *= a[i] + 1f;
            }
            case SELU -> {
                for (int i = 0; i < n; i++) grad[i] *= a[i] > 0 ? SELU_LAMBDA : a[i] + SELU_ALPHA_LAMBDA;
            }
            case SOFTPLUS -> {
                for (int i = 0; i < n; i++) grad[i] *= (float) -Math.expm1(-a[i]);
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) if (a[i] <= 0) grad[i] *= LEAKY_ALPHA;
            }
            case SOFTSIGN -> {
                for (int i = 0; i < n; i++) {
                    float d = 1f - Math.abs(a[i]);
                    grad[i] *= d * d;
                }
            }
            case SOFTMAX -> throw new IllegalStateException("softmax is differentiated together with its loss");
        }
    }

    private static void softmax(float[] z, int rows, int width) {
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < width; j++) max = Math.max(max, z[o + j]);
            double sum = 0;
            for (int j = 0; j < width; j++) {
                float e = (float) Math.exp(z[o + j] - max);
                z[o + j] = e;
                sum += e;
            }
            float inv = (float) (1.0 / sum);
            for (int j = 0; j < width; j++) z[o + j] *= inv;
        }
    }
}
