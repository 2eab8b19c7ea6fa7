package org.blocktune.core.explain;

/**
 * The kinds of failure BlockTune explains in plain words: the faults a dry run reports (from the spec
 * checker, the resolver, the shape rules, the training settings, the memory estimate and DL4J), the ways a
 * fit ends badly (as {@code fits.jsonl} records them), and what a training history can show (a loss that
 * runs away, over-fitting).
 */
public enum FailureKind {
    /** A model or block name that is not allowed, taken twice, or that makes an argument name ambiguous. */
    NAME,
    /** Missing or misplaced input/output blocks, or an empty spec. */
    STRUCTURE,
    /** A block's inputs: wired to nothing, to an unknown block, to itself, in a cycle, or a merge with one input. */
    WIRING,
    /** The graph's input or output blocks do not match the data's inputs and outcomes. */
    DATA_MATCH,
    /** A block receives data of a shape it cannot take (an image into a dense block, a sequence into flatten, …). */
    SHAPE,
    /** A kernel or pool window larger than the sequence or image it slides over. */
    WINDOW_TOO_LARGE,
    /** A concatenate or add block whose inputs have shapes that cannot be merged. */
    MERGE_SHAPES,
    /** An argument value of the wrong type or outside its range. */
    VALUE,
    /** A value given for an argument the spec does not have. */
    UNKNOWN_ARGUMENT,
    /** {@code num_<block>} repeats or removes a block that must stay exactly once. */
    REPEAT,
    /** A loss that does not exist on DL4J or does not suit the outcome. */
    LOSS,
    /** A metric that does not exist or does not suit the outcome. */
    METRICS,
    /** Class weights or loss weights that do not match the classes or outputs. */
    WEIGHTS,
    /** Early stopping watches a value that is not recorded. */
    EARLY_STOPPING,
    /** The network has more parameters than this machine's memory can train. */
    TOO_LARGE,
    /** DL4J itself refused to build the network. */
    BUILD,
    /** The data cannot be fitted (missing or infinite values, text predictors, one class, too few rows). */
    DATA,
    /** A fit ran out of memory. */
    OUT_OF_MEMORY,
    /** The training loss became NaN or infinite. */
    DIVERGED,
    /** The training loss grew during training instead of falling. */
    DIVERGING_LOSS,
    /** The validation loss rose while the training loss kept falling. */
    OVERFITTING,
    /** A failure that fits none of the kinds above. */
    OTHER
}
