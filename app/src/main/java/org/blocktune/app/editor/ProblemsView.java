package org.blocktune.app.editor;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.spec.Problem;

/** The resolver's problems for the current spec; choosing one selects the block at fault. */
public final class ProblemsView {
    private final ListView<Problem> list = new ListView<>();

    public ProblemsView(EditorDocument doc) {
        list.setId("problems");
        list.setAccessibleText("Problems");
        list.setPlaceholder(new javafx.scene.control.Label("No problems: the spec resolves."));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // long messages wrap at the list's width instead of running out of sight
                setWrapText(true);
                setPrefWidth(0);
                // a click selects the block at fault even when this problem was already the selected one
                // (the user chose another block in between)
                setOnMouseClicked(e -> {
                    if (!isEmpty() && getItem() != null) {
                        doc.blockOf(getItem()).ifPresent(n -> doc.select(List.of(n), false));
                    }
                });
            }

            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || p == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText((p.isError() ? "✖ " : "⚠ ") + p.message());
                    setTooltip(org.blocktune.app.common.LongTip.of(p.message()));
                    getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                doc.blockOf(p).ifPresent(n -> doc.select(List.of(n), false));
            }
        });
        doc.addListener(c -> {
            if (c == EditorDocument.Change.CONTENT && !list.getItems().equals(doc.resolution().problems())) {
                list.getItems().setAll(doc.resolution().problems());
            }
        });
        list.getItems().setAll(doc.resolution().problems());
    }

    public Node node() {
        return list;
    }
}
