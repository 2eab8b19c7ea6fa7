package org.blocktune.app.teach;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.blocktune.core.explain.Explanation;

/** A table column with a "Why?" link on each row that has an explanation (failed rows, diverging fits). */
public final class WhyColumn {
    private WhyColumn() {
    }

    /** The column; {@code explain} gives a row's explanation, empty for rows that need none. */
    public static <T> TableColumn<T, T> of(Function<T, Optional<Explanation>> explain) {
        TableColumn<T, T> c = new TableColumn<>("Why?");
        c.getStyleClass().add("why-column");
        c.setSortable(false);
        c.setPrefWidth(56);
        c.setMinWidth(50);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink("Why?");

            {
                link.getStyleClass().add("why-link");
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                Optional<Explanation> e = empty || item == null ? Optional.empty() : explain.apply(item);
                if (e.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                link.setOnAction(a -> WhyDialog.show(e.get(), getScene() == null ? null : getScene().getWindow()));
                link.setTooltip(new javafx.scene.control.Tooltip(e.get().title()));
                setGraphic(link);
            }
        });
        return c;
    }
}
