package org.blocktune.core.data;

/**
 * One thing a careful analyst would point out about the data before modelling it.
 *
 * @param kind    what kind of problem
 * @param column  the column concerned
 * @param message a plain sentence saying what was found and what to do
 */
public record ProfileWarning(Kind kind, String column, String message) {

    /** The kinds of warning. */
    public enum Kind {
        /** Every value differs (names, codes, row numbers): useless as a predictor. */
        ID_LIKE,
        /** A single distinct value: carries no information. */
        CONSTANT,
        /** Text with very many distinct values: dummy coding makes very many columns. */
        HIGH_CARDINALITY,
        /** Missing values. */
        MISSING,
        /** Infinite values. */
        INFINITE,
        /** The outcome's classes are very unequal in size. */
        CLASS_IMBALANCE,
        /** A value extremely far from the rest (robust z-score above 15). */
        OUTLIER
    }
}
