package org.blocktune.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BuiltinBlock;
import org.blocktune.core.block.CompositeArg;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.FieldValue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;

/**
 * BlockTune's built-in layers as Keras layer calls, in Python ({@code layers.Dense(units=…)}) or R
 * keras3 ({@code layer_dense(units = …)}). Argument names are Keras', as BlockTune's are.
 */
final class KerasCode {
    /** The target language. */
    enum Lang { PYTHON, R }

    private KerasCode() {
    }

    /** A block as a function of the target language: its name and its parameters with defaults. */
    record BlockFunction(String name, Block block, List<String> parameters, List<Object> defaults) { }

    /** The function name each distinct block of {@code blocks} gets (composites by name, built-ins {@code <kind>_layer}). */
    static Map<Block, BlockFunction> functions(List<Block> blocks) {
        Map<Block, BlockFunction> out = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        for (Block b : blocks) {
            if (out.containsKey(b)) continue;
            String base = b instanceof BuiltinBlock bb ? bb.kind().keyword() + "_layer" : b.name();
            String name = base;
            for (int i = 2; taken.contains(name); i++) name = base + "_" + i;
            taken.add(name);
            List<String> params = new ArrayList<>();
            List<Object> defaults = new ArrayList<>();
            if (b instanceof CompositeBlock cb) {
                for (CompositeArg a : cb.declared()) {
                    params.add(a.name());
                    defaults.add(a.defaultValue());
                }
            } else {
                for (ArgSpec a : b.arguments()) {
                    params.add(a.name());
                    defaults.add(a.defaultValue());
                }
            }
            out.put(b, new BlockFunction(name, b, params, defaults));
        }
        return out;
    }

    /** The layers of a block as templates (a built-in block is one layer whose fields are its arguments). */
    static List<LayerTemplate> templates(Block b) {
        if (b instanceof CompositeBlock cb) return cb.layers();
        LayerKind kind = ((BuiltinBlock) b).kind();
        LayerTemplate t = LayerTemplate.of(kind);
        for (ArgSpec a : kind.arguments()) t = t.bind(a.name(), a.name());
        return List.of(t);
    }

    /**
     * The Keras layer constructor for one template, its fields as expressions: a block argument by its
     * parameter name, a literal formatted by {@code literal}, a field left out by the kind's default.
     *
     * @param image true when the layer reads an image (global pooling picks its 2-D class)
     */
    static String layer(LayerTemplate t, Lang lang, Function<Object, String> literal, boolean image,
                        boolean classification) {
        Map<String, String> f = new LinkedHashMap<>();
        for (ArgSpec a : t.kind().arguments()) {
            FieldValue v = t.fields().get(a.name());
            f.put(a.name(), v instanceof FieldValue.ArgRef r ? r.argument()
                    : literal.apply(v instanceof FieldValue.Literal l ? l.value() : a.defaultValue()));
        }
        boolean py = lang == Lang.PYTHON;
        return switch (t.kind()) {
            case DENSE -> call(lang, "Dense", "layer_dense", f, "units", "activation", "use_bias");
            case DROPOUT -> call(lang, "Dropout", "layer_dropout", f, "rate");
            case BATCH_NORM -> call(lang, "BatchNormalization", "layer_batch_normalization", f, "momentum", "epsilon");
            case ACTIVATION -> call(lang, "Activation", "layer_activation", f, "activation");
            case CONV1D -> call(lang, "Conv1D", "layer_conv_1d", f, "filters", "kernel_size", "strides", "padding", "activation");
            case CONV2D -> call(lang, "Conv2D", "layer_conv_2d", f, "filters", "kernel_size", "strides", "padding", "activation");
            case MAX_POOL1D -> pool(lang, "MaxPooling1D", "layer_max_pooling_1d", f);
            case AVG_POOL1D -> pool(lang, "AveragePooling1D", "layer_average_pooling_1d", f);
            case MAX_POOL2D -> pool(lang, "MaxPooling2D", "layer_max_pooling_2d", f);
            case AVG_POOL2D -> pool(lang, "AveragePooling2D", "layer_average_pooling_2d", f);
            case GLOBAL_POOL -> {
                String d = image ? "2D" : "1D";
                String rd = image ? "2d" : "1d";
                String p = f.get("pooling");
                yield py ? "(layers.GlobalMaxPooling" + d + " if " + p + " == \"max\" else layers.GlobalAveragePooling" + d + ")()"
                        : "(if (" + p + " == \"max\") layer_global_max_pooling_" + rd + " else layer_global_average_pooling_" + rd + ")()";
            }
            case LSTM -> call(lang, "LSTM", "layer_lstm", f, "units", "activation", "return_sequences");
            case EMBEDDING -> call(lang, "Embedding", "layer_embedding", f, "input_dim", "output_dim");
            case FLATTEN -> py ? "layers.Flatten()" : "layer_flatten()";
            case OUTPUT -> py ? "layers.Dense(NUM_OUTPUTS" + (classification ? ", activation=\"softmax\")" : ")")
                    : "layer_dense(units = num_outputs" + (classification ? ", activation = \"softmax\")" : ")");
            case CONCATENATE -> py ? "layers.Concatenate()" : "layer_concatenate";
            case ADD -> py ? "layers.Add()" : "layer_add";
            case INPUT -> throw new IllegalArgumentException("an input is not a layer call");
        };
    }

    private static String pool(Lang lang, String py, String r, Map<String, String> f) {
        String s = f.get("strides");
        if (s.equals("0")) {
            s = lang == Lang.PYTHON ? "None" : "NULL";
        } else if (!s.matches("-?\\d+L?")) {
            s = lang == Lang.PYTHON ? s + " or None" : "if (" + s + " == 0) NULL else " + s;
        }
        Map<String, String> g = new LinkedHashMap<>(f);
        g.put("strides", s);
        return call(lang, py, r, g, "pool_size", "strides", "padding");
    }

    private static String call(Lang lang, String py, String r, Map<String, String> f, String... names) {
        List<String> parts = new ArrayList<>();
        for (String n : names) parts.add(lang == Lang.PYTHON ? n + "=" + f.get(n) : n + " = " + f.get(n));
        return (lang == Lang.PYTHON ? "layers." + py : r) + "(" + String.join(", ", parts) + ")";
    }
}
