package org.blocktune.app.editor.model;

import java.util.Objects;

/**
 * One undoable step of the editor (a whole gesture, e.g. a drag): its name for the Edit menu and
 * the document states before and after. Undo puts back {@code before}, redo puts back {@code after}.
 *
 * @param name   action name, e.g. "Move block"
 * @param before state before the edit
 * @param after  state after the edit
 */
public record Edit(String name, DocState before, DocState after) {

    public Edit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
