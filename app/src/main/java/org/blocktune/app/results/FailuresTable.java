package org.blocktune.app.results;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.blocktune.core.tune.FitRecord;

/** The fits that failed: candidate and resample, kind of failure and the message in words (wrapped). */
final class FailuresTable {
    private final TableView<FitRecord> table = new TableView<>();

    FailuresTable() {
        table.setId("failuresTable");
        table.setPlaceholder(new Label("No fit failed."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FitRecord, String> fit = column("Fit", r -> r.candidateId() + " · " + r.splitId(), 124);
        TableColumn<FitRecord, String> kind = column("Kind", r -> r.failureKind() == null ? ""
                : r.failureKind().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 96);
        TableColumn<FitRecord, String> message = column("Message", r -> r.message() == null ? "" : r.message(), 400);
        // messages wrap within the column, so a long one is read whole
        message.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                text.getStyleClass().add("failure-message");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setTooltip(empty ? null : org.blocktune.app.common.LongTip.of(item));
            }
        });
        fit.setMinWidth(136);
        kind.setMinWidth(86);
        message.setMinWidth(140);
        table.getColumns().addAll(List.of(fit, kind,
                org.blocktune.app.teach.WhyColumn.of(org.blocktune.core.explain.Explanations::of), message));
    }

    TableView<FitRecord> view() {
        return table;
    }

    void show(List<FitRecord> failures) {
        table.getItems().setAll(failures);
    }

    private static TableColumn<FitRecord, String> column(String title, Function<FitRecord, String> f, double width) {
        TableColumn<FitRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
