package org.blocktune.core.data;

/** What a model predicts, decided by the outcome's type. */
public enum Task {
    /** A categorical outcome: predict a class and class probabilities. */
    CLASSIFICATION,
    /** Numeric outcome(s): predict numbers. */
    REGRESSION
}
