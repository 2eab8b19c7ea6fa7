package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blocktune.app.editor.io.OldLayoutSettings;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.io.ProjectFormatException;
import org.blocktune.core.project.TunePlan;

/** Reads a project file and builds its plan, turning every failure into a plain {@link UserError}. */
final class ProjectInput {
    /** Where a broken project's fields are described. */
    static final String SCHEMA_HINT = " (the project file's fields are described by its JSON Schema, "
            + "resources/schema/blocktune-project.schema.json)";

    private ProjectInput() {
    }

    static Project read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("there is no project file " + file.toAbsolutePath()
                    + "; give the path of a .blocktune.json file saved by BlockTune (examples are in resources/examples)");
        }
        try {
            // kept rows and grid levels, in the layout where earlier versions saved them, count as in the app
            return OldLayoutSettings.migrate(ProjectFile.read(file));
        } catch (ProjectFormatException e) {
            throw new UserError(file + ": " + e.getMessage() + SCHEMA_HINT, e);
        } catch (IOException e) {
            throw new UserError("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static TunePlan plan(Path file) {
        return plan(file, read(file));
    }

    /** The project file with the command's {@code --set} options applied. */
    static Project read(Path file, SetOption set, java.io.PrintWriter err) {
        return set == null ? read(file) : set.apply(read(file), err);
    }

    /** The plan of {@code project}, saved as {@code file}. */
    static TunePlan plan(Path file, Project project) {
        try {
            return TunePlan.load(project, file);
        } catch (IOException e) {
            throw new UserError("could not load the project's data: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
    }
}
