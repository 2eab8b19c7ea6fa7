package org.blocktune.app.teach;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.blocktune.core.explain.Explanation;

/**
 * The "Why?" window: an explanation's heading, its cause and fix in plain words, the original message,
 * and "Show in editor" when it points at a block or argument.
 */
public final class WhyDialog {
    /** The button that shows the block or argument in the editor. */
    public static final ButtonType SHOW_IN_EDITOR = new ButtonType("Show in editor", ButtonBar.ButtonData.OTHER);

    private WhyDialog() {
    }

    /** Opens the explanation (not modal to the rest of the work: it returns at once). */
    public static void show(Explanation e, Window owner) {
        boolean point = EditorPointer.canShow(e);
        Alert a = point ? new Alert(Alert.AlertType.INFORMATION, "", SHOW_IN_EDITOR, ButtonType.CLOSE)
                : new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.setTitle("Why?");
        a.setHeaderText(e.title());
        Label cause = paragraph("Cause: " + e.cause(), "why-cause");
        Label fix = paragraph("Fix: " + e.fix(), "why-fix");
        VBox box = new VBox(10, cause, fix);
        if (e.detail() != null && !e.detail().isBlank()) {
            Label detail = paragraph("Message: " + e.detail(), "why-detail");
            detail.getStyleClass().add("inspector-description");
            box.getChildren().add(detail);
        }
        box.setPrefWidth(520);
        a.getDialogPane().setContent(box);
        a.getDialogPane().setId("whyDialog");
        if (point) {
            a.getDialogPane().lookupButton(SHOW_IN_EDITOR).setId("whyShowInEditor");
        }
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setOnHidden(h -> {
            if (a.getResult() == SHOW_IN_EDITOR) {
                EditorPointer.show(e);
            }
        });
        a.show();
    }

    private static Label paragraph(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
