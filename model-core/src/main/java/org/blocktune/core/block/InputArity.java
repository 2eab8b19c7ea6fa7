package org.blocktune.core.block;

/** How many inputs a layer or block takes. */
public enum InputArity {
    /** A network input: reads the data, takes no input from other blocks. */
    NONE,
    /** Exactly one input. */
    ONE,
    /** Two or more inputs (merges). */
    MANY
}
