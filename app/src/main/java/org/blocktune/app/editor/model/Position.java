package org.blocktune.app.editor.model;

/** Where a block's top-left corner sits on the canvas, in canvas units. */
public record Position(double x, double y) {

    /** This position moved by a delta. */
    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
