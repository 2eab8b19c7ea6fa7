package org.blocktune.core.data;

/** How the user asks for one CSV column to be read (an import option). */
public enum ColumnChoice {
    /** Numbers, text or TRUE/FALSE as the values say. */
    AUTOMATIC,
    /** Numbers; any other value is an error naming its line. */
    NUMBER,
    /** Text categories (levels), even if the values look like numbers (e.g. postcodes). */
    CATEGORY,
    /** An identifier (row names, names, codes): kept as text for reference, never a predictor. */
    ID,
    /** Left out of the table (e.g. a date column, for now). */
    IGNORE
}
