package org.blocktune.core.block;

/** The value type of a block or training argument. */
public enum ArgType {
    /** Whole number, stored as {@link Integer}. */
    INT,
    /** Real number, stored as {@link Double}. */
    REAL,
    /** True or false, stored as {@link Boolean}. */
    BOOL,
    /** One of a fixed list of names, stored as {@link String}. */
    CHOICE,
    /** Free text with its own format (e.g. class weights "1,3"), stored as {@link String}. */
    TEXT
}
