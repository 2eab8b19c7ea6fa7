package org.blocktune.core.lesson;

import java.util.List;

/**
 * A guided lesson read from a lesson file ({@link LessonParser}): a title, an introduction, where it
 * starts and its steps.
 *
 * @param title  the {@code # } title
 * @param intro  the text between the title and the first step (may be empty)
 * @param start  where the lesson starts
 * @param steps  the steps, at least one
 * @param source the file it was read from (for messages), e.g. {@code iris.lesson.md}
 */
public record Lesson(String title, String intro, LessonStart start, List<LessonStep> steps, String source) {

    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson has at least one step");
        }
    }
}
