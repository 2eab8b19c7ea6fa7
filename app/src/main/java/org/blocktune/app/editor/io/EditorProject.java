package org.blocktune.app.editor.io;

import org.blocktune.app.editor.model.DocState;
import org.blocktune.core.spec.DataShape;

/**
 * What the editor saves: the document state (spec, positions, values, tune marks, composite
 * blocks) and the data shape it is checked against.
 *
 * @param state the document state
 * @param data  the data shape
 */
public record EditorProject(DocState state, DataShape data) {
}
