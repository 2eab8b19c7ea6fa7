package org.blocktune.core.spec;

import java.util.List;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerSpec;

/**
 * Shape inference and parameter counting for the built-in layers, done by BlockTune itself so that
 * mismatches are reported in plain language before DL4J is asked to build anything. Parameter counts
 * follow DL4J (batch normalisation counts its moving mean and variance, as DL4J does).
 */
public final class LayerShapes {

    /**
     * Result of applying a layer to its input shapes.
     *
     * @param output  output shape, or null when there is a problem
     * @param params  number of parameters
     * @param problem what is wrong, or null
     */
    public record Result(Shape output, long params, String problem) {
        static Result ok(Shape output, long params) {
            return new Result(output, params, null);
        }

        static Result bad(String problem) {
            return new Result(null, 0, problem);
        }
    }

    private LayerShapes() {
    }

    /**
     * Infers the output shape and parameter count of one layer.
     *
     * @param layer   the layer
     * @param inputs  shapes of its inputs (empty for an input layer)
     * @param outcome what an output layer must predict (null for other layers)
     */
    public static Result apply(LayerSpec layer, List<Shape> inputs, OutcomeShape outcome) {
        LayerKind kind = layer.kind();
        if (kind == LayerKind.CONCATENATE) {
            return concatenate(inputs);
        }
        if (kind == LayerKind.ADD) {
            return add(inputs);
        }
        Shape in = inputs.isEmpty() ? null : inputs.get(0);
        return switch (kind) {
            case INPUT -> Result.bad("input layers take their shape from the data");
            case DENSE -> needFlat(kind, in) != null ? Result.bad(needFlat(kind, in))
                    : Result.ok(Shape.flat(layer.intArg("units")),
                    in.size() * layer.intArg("units") + (layer.boolArg("use_bias") ? layer.intArg("units") : 0));
            case DROPOUT, ACTIVATION -> Result.ok(in, 0);
            case BATCH_NORM -> in.isSequence()
                    ? Result.bad("batch_norm works on flat or image inputs, but receives a sequence " + in
                    + "; put it after global_pool, or before the sequence layers")
                    : Result.ok(in, 4L * in.last());
            case CONV1D -> conv1d(layer, in);
            case CONV2D -> conv2d(layer, in);
            case MAX_POOL1D, AVG_POOL1D -> pool1d(layer, in);
            case MAX_POOL2D, AVG_POOL2D -> pool2d(layer, in);
            case GLOBAL_POOL -> in.isFlat()
                    ? Result.bad("global_pool needs a sequence or an image, but receives a flat input " + in)
                    : Result.ok(Shape.flat(in.last()), 0);
            case LSTM -> lstm(layer, in);
            case EMBEDDING -> in.isFlat()
                    ? Result.ok(Shape.sequence(in.dim(0), layer.intArg("output_dim")),
                    (long) layer.intArg("input_dim") * layer.intArg("output_dim"))
                    : Result.bad("embedding needs a flat input of token ids [n], but receives " + in.kindName()
                    + " " + in);
            case FLATTEN -> in.isSequence()
                    ? Result.bad("flatten of a sequence " + in + " is not supported on DL4J; use global_pool, "
                    + "or lstm with return_sequences = false")
                    : Result.ok(Shape.flat((int) in.size()), 0);
            case OUTPUT -> output(in, outcome);
            default -> throw new IllegalStateException("unhandled layer kind " + kind);
        };
    }

    private static String needFlat(LayerKind kind, Shape in) {
        if (in.isFlat()) {
            return null;
        }
        return kind.keyword() + " needs a flat input, but receives " + in.kindName() + " " + in
                + (in.isImage() ? "; add a flatten or global_pool block before it" : "; add global_pool before it, "
                + "or use lstm with return_sequences = false");
    }

    private static Result output(Shape in, OutcomeShape outcome) {
        String flat = needFlat(LayerKind.OUTPUT, in);
        if (flat != null) {
            return Result.bad(flat);
        }
        int width = outcome.width();
        return Result.ok(Shape.flat(width), in.size() * width + width);
    }

    private static Result conv1d(LayerSpec l, Shape in) {
        if (!in.isSequence()) {
            return Result.bad("conv1d needs a sequence input [steps, features], but receives " + in.kindName() + " "
                    + in + (in.isImage() ? "; use conv2d for images" : ""));
        }
        int k = l.intArg("kernel_size");
        Integer steps = window(in.dim(0), k, l.intArg("strides"), l.textArg("padding"));
        if (steps == null) {
            return Result.bad("conv1d kernel_size " + k + " is longer than the sequence (" + in.dim(0)
                    + " steps); use a smaller kernel_size or padding = same");
        }
        int filters = l.intArg("filters");
        return Result.ok(Shape.sequence(steps, filters), (long) k * in.last() * filters + filters);
    }

    private static Result conv2d(LayerSpec l, Shape in) {
        if (!in.isImage()) {
            return Result.bad("conv2d needs an image input [height, width, channels], but receives "
                    + in.kindName() + " " + in + (in.isFlat() ? "; load the data as an image tensor" : ""));
        }
        int k = l.intArg("kernel_size");
        int s = l.intArg("strides");
        Integer h = window(in.dim(0), k, s, l.textArg("padding"));
        Integer w = window(in.dim(1), k, s, l.textArg("padding"));
        if (h == null || w == null) {
            return Result.bad("conv2d kernel_size " + k + " is larger than the image (" + in.dim(0) + "×"
                    + in.dim(1) + "); use a smaller kernel_size or padding = same");
        }
        int filters = l.intArg("filters");
        return Result.ok(Shape.image(h, w, filters), (long) k * k * in.last() * filters + filters);
    }

    private static Result pool1d(LayerSpec l, Shape in) {
        if (!in.isSequence()) {
            return Result.bad(l.kind().keyword() + " needs a sequence input, but receives " + in.kindName() + " "
                    + in);
        }
        int p = l.intArg("pool_size");
        Integer steps = window(in.dim(0), p, stride(l), l.textArg("padding"));
        if (steps == null) {
            return Result.bad(l.kind().keyword() + " pool_size " + p + " is longer than the sequence ("
                    + in.dim(0) + " steps)");
        }
        return Result.ok(Shape.sequence(steps, in.last()), 0);
    }

    private static Result pool2d(LayerSpec l, Shape in) {
        if (!in.isImage()) {
            return Result.bad(l.kind().keyword() + " needs an image input, but receives " + in.kindName() + " "
                    + in);
        }
        int p = l.intArg("pool_size");
        Integer h = window(in.dim(0), p, stride(l), l.textArg("padding"));
        Integer w = window(in.dim(1), p, stride(l), l.textArg("padding"));
        if (h == null || w == null) {
            return Result.bad(l.kind().keyword() + " pool_size " + p + " is larger than the image ("
                    + in.dim(0) + "×" + in.dim(1) + ")");
        }
        return Result.ok(Shape.image(h, w, in.last()), 0);
    }

    private static Result lstm(LayerSpec l, Shape in) {
        if (!in.isSequence()) {
            return Result.bad("lstm needs a sequence input [steps, features], but receives " + in.kindName() + " "
                    + in);
        }
        int units = l.intArg("units");
        long params = 4L * units * (in.last() + units + 1);
        Shape out = l.boolArg("return_sequences") ? Shape.sequence(in.dim(0), units) : Shape.flat(units);
        return Result.ok(out, params);
    }

    private static Result concatenate(List<Shape> in) {
        Shape first = in.get(0);
        int sum = 0;
        for (Shape s : in) {
            boolean compatible = s.dims().size() == first.dims().size()
                    && s.dims().subList(0, s.dims().size() - 1).equals(first.dims().subList(0, first.dims().size() - 1));
            if (!compatible) {
                return Result.bad("concatenate needs inputs that differ only in their last dimension, but gets "
                        + in.stream().map(Shape::toString).toList());
            }
            sum += s.last();
        }
        List<Integer> dims = new java.util.ArrayList<>(first.dims());
        dims.set(dims.size() - 1, sum);
        return Result.ok(new Shape(dims), 0);
    }

    private static Result add(List<Shape> in) {
        for (Shape s : in) {
            if (!s.equals(in.get(0))) {
                return Result.bad("add needs inputs of the same shape, but gets "
                        + in.stream().map(Shape::toString).toList() + "; make the blocks' units equal");
            }
        }
        return Result.ok(in.get(0), 0);
    }

    private static int stride(LayerSpec pool) {
        int s = pool.intArg("strides");
        return s == 0 ? pool.intArg("pool_size") : s;
    }

    /** Output length of a sliding window, or null when the window does not fit. */
    static Integer window(int length, int size, int stride, String padding) {
        if (padding.equals("same")) {
            return (length + stride - 1) / stride;
        }
        if (size > length) {
            return null;
        }
        return (length - size) / stride + 1;
    }
}
