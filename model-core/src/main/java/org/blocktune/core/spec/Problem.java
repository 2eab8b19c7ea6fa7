package org.blocktune.core.spec;

import java.util.Objects;

/**
 * One thing wrong (or worth a warning) with a spec or a candidate, as data.
 *
 * @param severity error (cannot build) or warning
 * @param node     the spec block at fault, or null when it concerns the whole spec
 * @param argument the generated argument at fault (e.g. {@code body_units}), or null
 * @param message  plain-language description that says what is wrong and how to fix it
 */
public record Problem(Severity severity, String node, String argument, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** An error about a block. */
    public static Problem error(String node, String argument, String message) {
        return new Problem(Severity.ERROR, node, argument, message);
    }

    /** A warning about a block. */
    public static Problem warning(String node, String argument, String message) {
        return new Problem(Severity.WARNING, node, argument, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return message;
    }
}
