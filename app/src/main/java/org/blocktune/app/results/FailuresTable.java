package org.blocktune.app.results;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.blocktune.core.tune.FitRecord;

/** The fits that failed: candidate, resample, kind of failure and the message in words. */
final class FailuresTable {
    private final TableView<FitRecord> table = new TableView<>();

    FailuresTable() {
        table.setId("failuresTable");
        table.setPlaceholder(new Label("No fit failed."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FitRecord, String> id = column("Candidate", FitRecord::candidateId, 90);
        TableColumn<FitRecord, String> split = column("Resample", FitRecord::splitId, 90);
        TableColumn<FitRecord, String> kind = column("Kind", r -> r.failureKind() == null ? "" : r.failureKind(), 110);
        TableColumn<FitRecord, String> message = column("Message", r -> r.message() == null ? "" : r.message(), 400);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().addAll(List.of(id, split, kind, message));
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
