package org.blocktune.core.lesson;

import java.util.List;

/**
 * The outcome of reading a lesson file: the lesson, or the problems that keep it from being used.
 *
 * @param lesson   the lesson, or null when there are problems
 * @param problems every problem found (empty when the lesson is usable)
 */
public record LessonParse(Lesson lesson, List<LessonProblem> problems) {

    public LessonParse {
        problems = List.copyOf(problems);
    }

    /** True when the file gave a usable lesson. */
    public boolean ok() {
        return lesson != null;
    }
}
