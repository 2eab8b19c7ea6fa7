package org.blocktune.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.ArgumentOverrides;
import picocli.CommandLine.Option;

/** {@code --set name=value} (repeatable): overrides a generated argument's fixed value or domain for this command. */
final class SetOption {
    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = {"override a generated argument for this command (repeatable; the project file is not changed): "
                    + "a fixed value (hidden_units=64), a range (hidden_units=16..128, learn_rate=0.001..0.1:log10), "
                    + "a set ([adam,sgd]) or 'tune' (its default range); 'blocktune args' lists the names"})
    List<String> assignments = new ArrayList<>();

    /** {@code project} with the assignments applied; says on {@code err} what changed. */
    Project apply(Project project, PrintWriter err) {
        if (assignments.isEmpty()) return project;
        List<String> notes = new ArrayList<>();
        try {
            Project p = ArgumentOverrides.apply(project, assignments, notes);
            notes.forEach(n -> err.println("--set: " + n));
            err.flush();
            return p;
        } catch (IllegalArgumentException e) {
            throw new UserError("--set: " + e.getMessage(), e);
        }
    }

    /** The options as they would be typed again (for hints such as the resume command). */
    String asArguments() {
        StringBuilder b = new StringBuilder();
        for (String a : assignments) b.append(" --set ").append(Quoting.shell(a));
        return b.toString();
    }
}
