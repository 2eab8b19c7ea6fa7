package org.blocktune.core.examples;

import java.util.Objects;
import org.blocktune.core.io.Project;

/**
 * One shipped example: the same project with two budgets. The full budget is the seed's; the
 * quick budget keeps the data, model, recipe and tuned arguments but tries fewer candidates for
 * fewer epochs, so that tests can run it end to end in seconds.
 *
 * @param name    the file name stem, e.g. {@code iris} (files {@code iris.blocktune.json}, {@code iris-quick.blocktune.json})
 * @param seed    the seed document the example follows, e.g. {@code 000}
 * @param summary one line saying what the example shows
 * @param quick   the quick budget
 * @param full    the seed's budget
 */
public record ExampleProject(String name, String seed, String summary, Project quick, Project full) {
    /** The extension of project files. */
    public static final String EXTENSION = ".blocktune.json";

    public ExampleProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quick, "quick");
        Objects.requireNonNull(full, "full");
    }

    /** The project of one budget. */
    public Project project(boolean quickBudget) {
        return quickBudget ? quick : full;
    }

    /** The file name of one budget: {@code <name>.blocktune.json} or {@code <name>-quick.blocktune.json}. */
    public String fileName(boolean quickBudget) {
        return name + (quickBudget ? "-quick" : "") + EXTENSION;
    }
}
