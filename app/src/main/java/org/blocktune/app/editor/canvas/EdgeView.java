package org.blocktune.app.editor.canvas;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;

/** A wire from one block's output to another block's input port, labelled with the port and shape. */
final class EdgeView extends Group {
    final String source;
    final String target;
    final String port;
    private final CubicCurve curve = new CubicCurve();
    private final CubicCurve hit = new CubicCurve();
    final Label label;

    EdgeView(String source, String target, String port, String text) {
        this.source = source;
        this.target = target;
        this.port = port;
        setId("edge-" + source + "-" + target + "-" + port);
        curve.getStyleClass().add("edge");
        hit.getStyleClass().add("edge-hit");
        label = new Label(text);
        label.getStyleClass().add("edge-label");
        label.setId("edgelabel-" + target + "-" + port);
        getChildren().addAll(hit, curve, label);
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleRoleDescription("wire");
        setAccessibleText("wire " + describe(this));
    }

    /** "input → dense_1.input": where a wire comes from and which port it feeds. */
    static String describe(EdgeView e) {
        return e.source + " → " + e.target + "." + e.port;
    }

    /** Identifies a wire: the same source, target and port make the same wire. */
    static String key(String source, String target, String port) {
        return source + "\u0000" + target + "\u0000" + port;
    }

    String key() {
        return key(source, target, port);
    }

    /** Shows a new label (port and shape) on a kept wire. */
    void setText(String text) {
        label.setText(text);
    }

    void place(double x1, double y1, double x2, double y2) {
        double bend = Math.max(30, Math.abs(y2 - y1) / 2);
        for (CubicCurve c : new CubicCurve[]{curve, hit}) {
            c.setStartX(x1);
            c.setStartY(y1);
            c.setControlX1(x1);
            c.setControlY1(y1 + bend);
            c.setControlX2(x2);
            c.setControlY2(y2 - bend);
            c.setEndX(x2);
            c.setEndY(y2);
        }
        label.setLayoutX((x1 + x2) / 2 + 6);
        label.setLayoutY((y1 + y2) / 2 - 9);
    }

    void setSelected(boolean selected) {
        if (selected) {
            curve.getStyleClass().add("selected");
            label.getStyleClass().add("selected");
        } else {
            curve.getStyleClass().remove("selected");
            label.getStyleClass().remove("selected");
        }
    }
}
