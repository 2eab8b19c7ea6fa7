package org.blocktune.core.lesson;

/**
 * What is wrong in a lesson file, and where.
 *
 * @param file    the file's name
 * @param line    the line (from 1), or 0 for the whole file
 * @param message what is wrong and how to put it right
 */
public record LessonProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
