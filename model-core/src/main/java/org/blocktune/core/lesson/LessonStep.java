package org.blocktune.core.lesson;

import java.util.List;

/**
 * One {@code ## } section of a lesson: its title, its text (markdown: what to do and why) and the checks
 * that say it was done. A step without checks is one to read; it counts as done at once.
 *
 * @param title  the heading's text
 * @param text   the step's text, markdown as written, without the check lines
 * @param checks the checks, in file order
 * @param line   the line of the heading (from 1)
 */
public record LessonStep(String title, String text, List<Check> checks, int line) {

    public LessonStep {
        checks = List.copyOf(checks);
    }

    /** True when every check holds in {@code state} (always for a step without checks). */
    public boolean done(LessonState state) {
        return checks.stream().allMatch(c -> c.passes(state));
    }
}
