package org.blocktune.app.editor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The undo/redo stack of edits, and which point of it was last saved. */
public final class History {
    private final List<Edit> edits = new ArrayList<>();
    private int cursor;      // edits[0..cursor) are done
    private int savedAt;     // cursor value when saved; -1 when the saved point was discarded

    /** Records a new edit; the redo tail is dropped. */
    public void push(Edit e) {
        while (edits.size() > cursor) {
            edits.remove(edits.size() - 1);
        }
        if (savedAt > cursor) {
            savedAt = -1;
        }
        edits.add(e);
        cursor++;
    }

    /** The edit that undo would revert. */
    public Optional<Edit> nextUndo() {
        return cursor == 0 ? Optional.empty() : Optional.of(edits.get(cursor - 1));
    }

    /** The edit that redo would reapply. */
    public Optional<Edit> nextRedo() {
        return cursor == edits.size() ? Optional.empty() : Optional.of(edits.get(cursor));
    }

    /** Steps back; returns the undone edit. */
    public Optional<Edit> undo() {
        Optional<Edit> e = nextUndo();
        e.ifPresent(x -> cursor--);
        return e;
    }

    /** Steps forward; returns the redone edit. */
    public Optional<Edit> redo() {
        Optional<Edit> e = nextRedo();
        e.ifPresent(x -> cursor++);
        return e;
    }

    /** Marks the current point as saved. */
    public void markSaved() {
        savedAt = cursor;
    }

    /** True when the document differs from the last saved (or opened) point. */
    public boolean dirty() {
        return savedAt != cursor;
    }

    /** Forgets every edit (new or opened document). */
    public void clear() {
        edits.clear();
        cursor = 0;
        savedAt = 0;
    }
}
