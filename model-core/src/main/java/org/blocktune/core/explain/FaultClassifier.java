package org.blocktune.core.explain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blocktune.core.compile.MemoryEstimate;

/**
 * Tells which {@link FailureKind} a message of the dry run or of a fit is, from the argument it names and
 * the wording the checks use (the spec checker, the resolver, the shape rules, the training settings, the
 * memory estimate, DL4J's errors as BlockTune rewords them, and the data checks). The tests pin each rule to
 * a message the real checks produce, so a change of wording shows up there.
 */
public final class FaultClassifier {
    private static final Pattern BLOCK = Pattern.compile("block '([A-Za-z][A-Za-z0-9_]*)'");
    private static final Pattern ARGUMENT = Pattern.compile("'([A-Za-z][A-Za-z0-9_]*)' must be");
    private static final Pattern UNKNOWN = Pattern.compile("unknown argument '([A-Za-z][A-Za-z0-9_]*)'");

    private FaultClassifier() {
    }

    /**
     * The kind of a failure described by {@code message}.
     *
     * @param argument the argument the failure names (a {@link org.blocktune.core.spec.Problem}'s), or null
     */
    public static FailureKind classify(String message, String argument) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.startsWith(MemoryEstimate.TOO_LARGE)) return FailureKind.TOO_LARGE;
        if (m.contains("out of memory")) return FailureKind.OUT_OF_MEMORY;
        if (m.contains("the loss became nan") || m.contains("the loss became infinite")) return FailureKind.DIVERGED;
        if (m.startsWith("unknown argument")) return FailureKind.UNKNOWN_ARGUMENT;
        if (argument != null) {
            if (argument.equals("compile_loss")) return FailureKind.LOSS;
            if (argument.equals("compile_metrics")) return FailureKind.METRICS;
            if (argument.equals("fit_class_weight") || argument.equals("compile_loss_weights")) return FailureKind.WEIGHTS;
            if (argument.startsWith("fit_early_stopping")) return FailureKind.EARLY_STOPPING;
            if (argument.startsWith("num_") && m.contains("cannot be")) return FailureKind.REPEAT;
        }
        if (m.contains("cannot be removed or repeated") || m.contains("cannot be repeated because")) {
            return FailureKind.REPEAT;
        }
        if (containsAny(m, "kernel_size", "pool_size") && containsAny(m, "longer than the sequence",
                "larger than the image")) {
            return FailureKind.WINDOW_TOO_LARGE;
        }
        if (containsAny(m, "needs inputs that differ only", "needs inputs of the same shape")) {
            return FailureKind.MERGE_SHAPES;
        }
        if ((m.contains(" needs a") && m.contains("but receives")) || containsAny(m, "works on flat or image inputs",
                "flatten of a sequence", "input layers take their shape")) {
            return FailureKind.SHAPE;
        }
        if (containsAny(m, "does not match a data input", "is not read by any input block", "does not match an outcome",
                "has no output block", "a sequential spec reads one input, but the data has",
                "a sequential spec has one output, but the data has", "the data has one outcome but the graph has")) {
            return FailureKind.DATA_MATCH;
        }
        if (containsAny(m, "cycle:", "which is not a block in this spec", "reads its own output",
                "has no inputs from other blocks", "not found in block", "needs at least two inputs",
                "merges need a functional spec", "has an input map", "cannot take inputs from other blocks",
                "not connected to an input", "reads a block that does not exist")) {
            return FailureKind.WIRING;
        }
        if (containsAny(m, "missing output", "has no input block", "must be the first block",
                "must start with an input block", "must be the last block", "the spec has no blocks")) {
            return FailureKind.STRUCTURE;
        }
        if (containsAny(m, "must start with a letter", "is a protected name", "two blocks are named", "is ambiguous")) {
            return FailureKind.NAME;
        }
        if (m.contains("a layer size must be greater than 0")) return FailureKind.VALUE;
        if (argument != null || ARGUMENT.matcher(message == null ? "" : message).find()
                || m.contains("must be one of")) {
            return FailureKind.VALUE;
        }
        if (containsAny(m, "missing value", "infinite value", "is text (categories)", "single class",
                "the recipe", "rows to fit and", "has no rows", "fit_validation_split =")) {
            return FailureKind.DATA;
        }
        if (m.contains("dl4j") || m.contains("could not be built")) return FailureKind.BUILD;
        return FailureKind.OTHER;
    }

    /** The first block a message names ({@code block 'hidden'}), or null. */
    public static String blockIn(String message) {
        if (message == null) return null;
        Matcher b = BLOCK.matcher(message);
        return b.find() ? b.group(1) : null;
    }

    /**
     * The argument a message names, or null: an unknown argument, or one that "must be" something
     * ({@code 'units' must be …} in block {@code hidden} gives {@code hidden_units}).
     */
    public static String argumentIn(String message) {
        if (message == null) return null;
        Matcher u = UNKNOWN.matcher(message);
        if (u.find()) return u.group(1);
        Matcher a = ARGUMENT.matcher(message);
        if (!a.find()) return null;
        String name = a.group(1);
        String block = blockIn(message);
        return block == null || name.startsWith(block + "_") || name.startsWith("num_") ? name : block + "_" + name;
    }

    private static boolean containsAny(String text, String... parts) {
        return List.of(parts).stream().anyMatch(text::contains);
    }
}
