package org.blocktune.core.explain;

/**
 * The text of every explanation: for each {@link FailureKind}, a heading, the cause and the fix in two to
 * four plain sentences, naming the block and the argument when they are known.
 */
public final class ExplanationCatalogue {
    private ExplanationCatalogue() {
    }

    /**
     * The explanation of a failure of {@code kind}.
     *
     * @param node     the block at fault, or null
     * @param argument the argument at fault, or null
     * @param detail   the original message, or null
     */
    public static Explanation explain(FailureKind kind, String node, String argument, String detail) {
        String block = node == null ? "the block named in the message" : "block '" + node + "'";
        String arg = argument == null ? "the argument named in the message" : "'" + argument + "'";
        return switch (kind) {
            case NAME -> new Explanation(kind, "A name is not allowed",
                    "Every block needs its own name made of letters, digits and '_', starting with a letter, because "
                            + "BlockTune builds the argument names (such as units of a block called hidden → hidden_units) "
                            + "from it.",
                    "Rename " + block + " in the inspector (select it and edit its name) so it is unique and not "
                            + "a protected word.", node, argument, detail);
            case STRUCTURE -> new Explanation(kind, "The model is missing its start or its end",
                    "A network reads the data through an input block and gives its answer through an output block; "
                            + "in a sequential model the input block comes first and the output block last.",
                    "Drag an input block to the top and an output block to the bottom of the model"
                            + (node == null ? "" : ", or move " + block) + ".", node, argument, detail);
            case WIRING -> new Explanation(kind, "A block is not wired correctly",
                    "In a functional model each block reads the blocks wired into it; here " + block + " reads nothing, "
                            + "a block that does not exist, itself, or blocks that feed each other in a circle.",
                    "Select " + block + " and wire its input port from the block before it; a merge "
                            + "(concatenate, add) needs two or more inputs.", node, argument, detail);
            case DATA_MATCH -> new Explanation(kind, "The model's inputs or outputs do not match the data",
                    "Each input block reads one data input and each output block predicts one outcome, matched by "
                            + "name; the model and the data chosen in the Data step disagree.",
                    "Rename " + block + " after the data input or outcome it should use, or add one input or output "
                            + "block per data input or outcome (several need a functional model).", node, argument,
                    detail);
            case SHAPE -> new Explanation(kind, "A block gets data of the wrong shape",
                    block.substring(0, 1).toUpperCase() + block.substring(1) + " expects a different kind of input "
                            + "(flat numbers, a sequence or an image) than the block before it gives.",
                    "Put a converting block in between (flatten or global_pool after images, global_pool or lstm with "
                            + "return_sequences = false after sequences), or move " + block + " to where its input "
                            + "has the right shape.", node, argument, detail);
            case WINDOW_TOO_LARGE -> new Explanation(kind, "A window is larger than its input",
                    "The kernel or pool window of " + block + " is larger than the sequence or image left at that "
                            + "point, so it has nothing to slide over; each convolution or pooling shrinks its input.",
                    "Lower " + (argument == null ? "kernel_size or pool_size" : arg) + " of " + block
                            + ", set its padding to same, or use fewer repeats of the blocks before it.", node,
                    argument, detail);
            case MERGE_SHAPES -> new Explanation(kind, "A merge gets inputs that do not fit together",
                    "Add needs inputs of exactly the same shape; concatenate needs inputs that differ only in their "
                            + "last dimension. The blocks wired into " + block + " give different shapes.",
                    "Make the blocks feeding " + block + " give the same shape (for add, the same units), or use "
                            + "concatenate instead of add.", node, argument, detail);
            case VALUE -> new Explanation(kind, "A value is not allowed",
                    "The value given to " + arg + (node == null ? "" : " of " + block) + " is not one it accepts: "
                            + "the wrong type, outside its range, or not one of its choices (the message says which).",
                    "Select " + (node == null ? "the model" : block) + " and give " + arg + " a value in the range "
                            + "the inspector lists under it; if it is tuned, narrow its range in the Search space step.",
                    node, argument, detail);
            case UNKNOWN_ARGUMENT -> new Explanation(kind, "A value is given for an argument the model does not have",
                    "The candidate sets " + arg + ", but no block or setting of this model has that name; it often "
                            + "happens after a block was renamed or removed.",
                    "Remove " + arg + " from the search space or the fixed values, or rename the block back.", node,
                    argument, detail);
            case REPEAT -> new Explanation(kind, "A block cannot be repeated or removed",
                    "num_<block> repeats a block; input and output blocks must stay exactly once, and a block with "
                            + "several inputs cannot be repeated.",
                    "Set " + arg + " to 1 (or untick tune for it) for " + block + ".", node, argument, detail);
            case LOSS -> new Explanation(kind, "The loss does not suit the outcome",
                    "The loss measures how wrong a prediction is; a classification loss (crossentropy) needs a "
                            + "categorical outcome, a regression loss (mean_squared_error) a numeric one, and some "
                            + "Keras losses have no DL4J equivalent.",
                    "Set compile_loss to auto (it picks the loss from the outcome) or to a loss that suits the "
                            + "outcome; select the model (click the empty canvas) to see it in the inspector.", null,
                    "compile_loss", detail);
            case METRICS -> new Explanation(kind, "A metric does not exist or does not suit the outcome",
                    "compile_metrics lists what is recorded per epoch; accuracy needs classes and "
                            + "mean_absolute_error needs numbers.",
                    "Set compile_metrics to auto or to metrics that suit the outcome; select the model (click the "
                            + "empty canvas) to see it in the inspector.", null, "compile_metrics", detail);
            case WEIGHTS -> new Explanation(kind, "The weights do not match the classes or outputs",
                    arg + " needs one number per class (class weights) or per output (loss weights), or the "
                            + "word balanced, and only some losses can be weighted.",
                    "Give " + arg + " one weight per class or output in order, e.g. 1,3, or leave it empty.", null,
                    argument, detail);
            case EARLY_STOPPING -> new Explanation(kind, "Early stopping watches a value that is not recorded",
                    "Early stopping ends training when the value it watches stops improving, so that value must be "
                            + "recorded: loss, val_loss or one of the compile metrics.",
                    "Set fit_early_stopping_monitor to loss, or to val_loss with a fit_validation_split above 0.",
                    null, argument == null ? "fit_early_stopping_monitor" : argument, detail);
            case TOO_LARGE -> new Explanation(kind, "The network is too large for this computer",
                    "Training keeps every weight four times (the weight, its gradient and the optimizer's memory), "
                            + "so very wide or deep networks need more memory than this machine has.",
                    "Use fewer units or filters, or fewer repeats (num_<block>)"
                            + (node == null ? "" : " in " + block) + "; in the Search space step, lower the upper end "
                            + "of their ranges.", node, argument, detail);
            case BUILD -> new Explanation(kind, "The engine could not build the network",
                    "BlockTune's own checks passed, but Deeplearning4j refused the network; the message names the "
                            + "layer when it can.",
                    "Look at " + block + " and its arguments, try its default values, and simplify the model until it "
                            + "builds; report the message if the model looks right.", node, argument, detail);
            case DATA -> new Explanation(kind, "The data cannot be used as it is",
                    "A network needs complete numbers: missing or infinite values, text columns that are not encoded, "
                            + "an outcome with a single class or too few rows stop every fit.",
                    "In the Data step add the recipe step the message suggests (impute, dummy encode, drop rows with "
                            + "missing values), choose other columns, or use fewer folds.", null, null, detail);
            case OUT_OF_MEMORY -> new Explanation(kind, "The fit ran out of memory",
                    "The network, its batches and the copies every worker holds did not fit into the memory BlockTune "
                            + "was given.",
                    "Use fewer workers in the Run step, a smaller fit_batch_size, or fewer units and layers"
                            + (node == null ? "" : " in " + block) + ".", node,
                    argument == null ? "fit_batch_size" : argument, detail);
            case DIVERGED -> new Explanation(kind, "The loss exploded (NaN or infinite)",
                    "The weights took steps so large that the numbers overflowed; this usually means the learning rate "
                            + "is too high or the predictors are not on a common scale.",
                    "Lower learn_rate (try 10 times smaller, or lower the top of its range in the Search space step) "
                            + "and add a normalize step for the predictors in the Data step.", null, "learn_rate",
                    detail);
            case DIVERGING_LOSS -> new Explanation(kind, "The training loss grows instead of falling",
                    "Training should make the loss smaller epoch by epoch; a loss that climbs means each update "
                            + "overshoots, most often because the learning rate is too high.",
                    "Lower learn_rate (try 10 times smaller), or use the adam optimizer in compile_optimizer.", null,
                    "learn_rate", detail);
            case OVERFITTING -> new Explanation(kind, "The model is over-fitting",
                    "The training loss keeps falling while the validation loss rises: the network has started to "
                            + "memorise the training rows instead of learning what carries over to new data.",
                    "Turn on fit_early_stopping (watching val_loss, with fit_early_stopping_restore_best), train for "
                            + "fewer fit_epochs, raise a dropout rate, or use fewer units.", node,
                    argument == null ? "fit_early_stopping" : argument, detail);
            case OTHER -> new Explanation(kind, "Something went wrong",
                    "The message above is all BlockTune knows about this failure.",
                    "Check " + block + " and the arguments it names; try the default values and build up from there.",
                    node, argument, detail);
        };
    }
}
