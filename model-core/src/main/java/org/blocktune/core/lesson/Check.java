package org.blocktune.core.lesson;

import java.util.List;

/**
 * One {@code check:} line of a lesson step: a form of the check language ({@link CheckKind}) with the
 * words the author filled in, possibly negated with a leading {@code not}.
 *
 * @param kind    the form
 * @param args    the words filled in, in order
 * @param negated true for {@code not …}
 * @param text    the check as written (without {@code check:}), shown beside its tick
 * @param line    the line of the lesson file it is on (from 1)
 */
public record Check(CheckKind kind, List<String> args, boolean negated, String text, int line) {

    public Check {
        args = List.copyOf(args);
    }

    /** True when the check holds in {@code state}. */
    public boolean passes(LessonState state) {
        return kind.test(args, state) != negated;
    }
}
