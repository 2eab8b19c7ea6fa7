package org.blocktune.app.editor.io;

import org.blocktune.app.editor.model.DocState;
import org.blocktune.core.io.Project;
import org.blocktune.core.spec.DataShape;

/**
 * What the editor opens and saves: the document state (spec, positions, values, tune marks,
 * composite blocks), the data shape it is checked against, and the rest of the project file
 * (data, search space, resampling, …), which the editor keeps unchanged when it saves.
 *
 * @param state the document state
 * @param data  the data shape
 * @param base  the project file's other parts as last opened, or {@code null} for a new project
 */
public record EditorProject(DocState state, DataShape data, Project base) {

    /** A project with only editor content (new, or opened from an old editor file). */
    public EditorProject(DocState state, DataShape data) {
        this(state, data, null);
    }
}
