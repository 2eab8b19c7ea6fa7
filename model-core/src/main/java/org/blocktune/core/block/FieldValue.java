package org.blocktune.core.block;

import java.util.Objects;

/** The value of one layer field inside a composite block: a literal or a reference to a block argument. */
public sealed interface FieldValue permits FieldValue.Literal, FieldValue.ArgRef {

    /** A fixed value, e.g. {@code activation = "relu"}. */
    record Literal(Object value) implements FieldValue {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Takes the value of the composite block's argument {@code argument}, e.g. {@code units = units}. */
    record ArgRef(String argument) implements FieldValue {
        public ArgRef {
            Objects.requireNonNull(argument, "argument");
        }
    }

    static FieldValue literal(Object value) {
        return new Literal(value);
    }

    static FieldValue ref(String argument) {
        return new ArgRef(argument);
    }
}
