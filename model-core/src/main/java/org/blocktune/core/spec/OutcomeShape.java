package org.blocktune.core.spec;

/**
 * What one network output must predict.
 *
 * @param classification true for a categorical outcome (softmax over {@code width} classes)
 * @param width          number of classes, or number of numeric outputs for regression
 */
public record OutcomeShape(boolean classification, int width) {

    public OutcomeShape {
        if (width < 1 || (classification && width < 2)) {
            throw new IllegalArgumentException(classification
                    ? "a classification outcome needs at least 2 classes, got " + width
                    : "a regression outcome needs at least 1 column, got " + width);
        }
    }

    /** A categorical outcome with {@code classes} levels. */
    public static OutcomeShape classes(int classes) {
        return new OutcomeShape(true, classes);
    }

    /** A numeric outcome with {@code columns} values. */
    public static OutcomeShape numeric(int columns) {
        return new OutcomeShape(false, columns);
    }
}
