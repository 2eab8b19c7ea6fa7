package org.blocktune.app.teach;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.blocktune.core.explain.Explanation;

/** A "Why?" button over a chart, shown only while the chart has something to explain (e.g. over-fitting). */
public final class WhyButton {
    private WhyButton() {
    }

    /**
     * {@code chart} with a "Why?" button in its top-left corner, visible while {@code explanation} holds one.
     *
     * @param id the button's id
     */
    public static Node over(Node chart, ObservableValue<Explanation> explanation, String id) {
        Button why = new Button("Why?");
        why.setId(id);
        why.getStyleClass().add("why-button");
        why.visibleProperty().bind(explanation.map(e -> true).orElse(false));
        explanation.addListener((o, a, e) -> why.setTooltip(e == null ? null : new Tooltip(e.title())));
        why.setOnAction(a -> {
            if (explanation.getValue() != null) {
                WhyDialog.show(explanation.getValue(), why.getScene() == null ? null : why.getScene().getWindow());
            }
        });
        StackPane stack = new StackPane(chart, why);
        StackPane.setAlignment(why, Pos.TOP_LEFT);
        StackPane.setMargin(why, new Insets(4, 0, 0, 6));
        return stack;
    }
}
