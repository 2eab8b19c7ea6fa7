package org.blocktune.app.tuning;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.blocktune.app.common.Fields;
import org.blocktune.core.tune.FitRecord;

/**
 * The finished fits of a run, one row each: candidate, tuned values, resample, status, metrics,
 * elapsed time and, for a failed fit, its message. Fills as fits finish. FX thread only.
 */
final class FitTable {
    private final TableView<FitRecord> table = new TableView<>();
    private final ObservableList<FitRecord> rows = FXCollections.observableArrayList();
    private List<String> parameters = List.of();
    private List<String> metrics = List.of();

    FitTable() {
        table.setId("runTable");
        table.setItems(rows);
        table.setPlaceholder(new Label("Finished fits appear here as they end."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setMinHeight(80);
    }

    TableView<FitRecord> node() {
        return table;
    }

    ObservableList<FitRecord> rows() {
        return rows;
    }

    /** Sets the columns for a run with these tuned parameters and metrics (keeps them when unchanged). */
    void columns(List<String> params, List<String> metricNames) {
        if (params.equals(parameters) && metricNames.equals(metrics) && !table.getColumns().isEmpty()) {
            return;
        }
        parameters = List.copyOf(params);
        metrics = List.copyOf(metricNames);
        table.getColumns().clear();
        table.getColumns().add(text("candidate", 80, FitRecord::candidateId));
        for (String p : parameters) {
            table.getColumns().add(text(p, fitting(p), r -> Fields.format(r.values().get(p))));
        }
        table.getColumns().add(text("resample", 80, FitRecord::splitId));
        table.getColumns().add(status());
        // failed fits, and fits whose loss grew, explain themselves
        table.getColumns().add(org.blocktune.app.teach.WhyColumn.of(r -> r.failed()
                ? org.blocktune.core.explain.Explanations.of(r)
                : r.history() == null ? java.util.Optional.empty()
                : org.blocktune.core.explain.HistoryDiagnosis.diverging(r.history())));
        for (String m : metrics) {
            table.getColumns().add(text(m, fitting(m), r -> r.ok() && Double.isFinite(r.metric(m)) ? Fields.format(r.metric(m)) : ""));
        }
        table.getColumns().add(text("elapsed", 70,
                r -> String.format(Locale.ROOT, "%.1f s", r.elapsedMillis() / 1000.0)));
        TableColumn<FitRecord, String> message = text("message", 420, r -> r.message() == null ? "" : r.message());
        message.setId("runTableMessage");
        table.getColumns().add(message);
    }

    /** A column width that shows a parameter's or metric's whole name ("hidden_1_units", not "hidden_1…"). */
    private static double fitting(String title) {
        return Math.max(90, title.length() * 8 + 16);
    }

    private static TableColumn<FitRecord, String> text(String title, double width,
                                                     java.util.function.Function<FitRecord, String> value) {
        TableColumn<FitRecord, String> c = new TableColumn<>(title);
        c.setUserData(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.length() < 40 ? null : org.blocktune.app.common.LongTip.of(s));
            }
        });
        return c;
    }

    private static TableColumn<FitRecord, FitRecord> status() {
        TableColumn<FitRecord, FitRecord> c = new TableColumn<>("status");
        c.setUserData("status");
        c.setPrefWidth(70);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(FitRecord r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("status-ok", "status-error");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(switch (r.status()) {
                    case OK -> "ok";
                    case FAILED -> "failed";
                    case ELIMINATED -> "eliminated";
                    case PRUNED -> "pruned";
                });
                getStyleClass().add(r.failed() ? "status-error" : "status-ok");
            }
        });
        return c;
    }
}
