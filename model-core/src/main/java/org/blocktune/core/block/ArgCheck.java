package org.blocktune.core.block;

/**
 * Outcome of checking one argument value: either the value converted to the argument's type,
 * or a plain-language problem.
 *
 * @param value   the converted value, or null when there is a problem
 * @param problem what is wrong, or null when the value is fine
 */
public record ArgCheck(Object value, String problem) {

    static ArgCheck good(Object value) {
        return new ArgCheck(value, null);
    }

    static ArgCheck bad(String problem) {
        return new ArgCheck(null, problem);
    }

    /** True when the value is acceptable. */
    public boolean ok() {
        return problem == null;
    }
}
