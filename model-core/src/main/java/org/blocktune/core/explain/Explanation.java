package org.blocktune.core.explain;

import java.util.Objects;

/**
 * A plain-language explanation of one failure: what caused it and how to fix it, with the block and the
 * argument to look at when they are known (so a user interface can point at them).
 *
 * @param kind     the kind of failure
 * @param title    a short heading ("A block gets data of the wrong shape")
 * @param cause    one or two sentences: why it happened
 * @param fix      one or two sentences: what to change, naming the block or argument
 * @param node     the block to look at, or null
 * @param argument the generated argument to look at (e.g. {@code hidden_units}, {@code learn_rate}), or null
 * @param detail   the original message the explanation is about, or null
 */
public record Explanation(FailureKind kind, String title, String cause, String fix, String node, String argument,
                          String detail) {

    public Explanation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(fix, "fix");
    }

    /** True when the explanation points at a block or an argument in the editor. */
    public boolean pointsAtEditor() {
        return node != null || argument != null;
    }

    /** The cause and the fix as one paragraph. */
    public String text() {
        return cause + " " + fix;
    }
}
