package org.blocktune.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The results table: one row per candidate with its id, tuned values, how many fits succeeded,
 * and per metric the mean ± standard error and n. Columns sort by value; the best candidate by the
 * chosen metric is highlighted (pseudo-class {@code best}). Several rows may be selected.
 */
final class ResultsTable {
    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    private final TableView<CandidateRow> table = new TableView<>();
    private final ObservableList<CandidateRow> rows = FXCollections.observableArrayList();
    private final StringProperty bestId = new SimpleStringProperty();
    private List<String> parameters = List.of();
    private List<String> metrics = List.of();

    ResultsTable() {
        table.setId("resultsTable");
        table.setItems(rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No candidates."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> {
            TableRow<CandidateRow> row = new TableRow<>() {
                @Override
                protected void updateItem(CandidateRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(BEST, !empty && item != null && item.id().equals(bestId.get()));
                    setTooltip(!empty && item != null && item.id().equals(bestId.get())
                            ? new Tooltip("The best candidate by the chosen metric") : null);
                }
            };
            bestId.addListener((o, a, b) -> row.pseudoClassStateChanged(BEST,
                    row.getItem() != null && row.getItem().id().equals(b)));
            return row;
        });
    }

    TableView<CandidateRow> view() {
        return table;
    }

    /** The id of the highlighted (best) candidate, or null. */
    StringProperty bestIdProperty() {
        return bestId;
    }

    /** Shows {@code newRows}, keeping the columns, sort order and selection when the run's shape is unchanged. */
    void show(List<CandidateRow> newRows, List<String> parameterNames, List<String> metricNames) {
        Set<String> selected = Set.copyOf(selectedIds());
        if (!parameterNames.equals(parameters) || !metricNames.equals(metrics)) {
            parameters = List.copyOf(parameterNames);
            metrics = List.copyOf(metricNames);
            buildColumns();
        }
        rows.setAll(newRows);
        table.sort();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (selected.contains(table.getItems().get(i).id())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    /** The ids of the selected rows, in table order. */
    List<String> selectedIds() {
        List<String> out = new ArrayList<>();
        for (CandidateRow r : new ArrayList<>(table.getSelectionModel().getSelectedItems())) {
            if (r != null) {
                out.add(r.id());
            }
        }
        return out;
    }

    /** Selects only the row of {@code candidateId}, scrolls to it and gives the table the focus. */
    void select(String candidateId) {
        select(candidateId, true);
    }

    /** Selects only the row of {@code candidateId} and scrolls to it; {@code focus}: also focus the table. */
    void select(String candidateId, boolean focus) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(candidateId)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 2));
                if (focus) {
                    table.requestFocus();
                }
                return;
            }
        }
    }

    /** The rows in their shown (sorted) order. */
    List<CandidateRow> shownRows() {
        return List.copyOf(table.getItems());
    }

    private void buildColumns() {
        table.getSortOrder().clear();
        table.getColumns().clear();
        TableColumn<CandidateRow, String> id = textColumn("Candidate", CandidateRow::id);
        id.setId("col-candidate");
        id.setPrefWidth(84);
        table.getColumns().add(id);
        for (String p : parameters) {
            TableColumn<CandidateRow, Object> c = new TableColumn<>(p);
            c.setId("col-param-" + p);
            c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().value(p)));
            c.setComparator(ResultsTable::compareValues);
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : TunedParameter.text(item));
                }
            });
            c.setPrefWidth(Math.max(70, p.length() * 8 + 16));
            c.getStyleClass().add("number-column");
            table.getColumns().add(c);
        }
        TableColumn<CandidateRow, String> fits = textColumn("Fits", r -> r.okFits() + " ok"
                + (r.failedFits() == 0 ? "" : ", " + r.failedFits() + " failed")
                + (r.skippedFits() == 0 ? "" : ", " + r.skippedFits() + " dropped"));
        fits.setId("col-fits");
        fits.setPrefWidth(96);
        table.getColumns().add(fits);
        for (String m : metrics) {
            TableColumn<CandidateRow, Object> group = new TableColumn<>(m);
            group.setId("col-metric-" + m);
            TableColumn<CandidateRow, CandidateRow> mean = new TableColumn<>("mean ± std err");
            mean.setId("col-mean-" + m);
            mean.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
            // candidates without a value come last whichever way the column is sorted
            mean.setComparator((a, b) -> {
                double x = a.mean(m);
                double y = b.mean(m);
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    int last = Double.isNaN(x) == Double.isNaN(y) ? 0 : Double.isNaN(x) ? 1 : -1;
                    return mean.getSortType() == TableColumn.SortType.DESCENDING ? -last : last;
                }
                return Double.compare(x, y);
            });
            mean.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(CandidateRow r, boolean empty) {
                    super.updateItem(r, empty);
                    if (empty || r == null) {
                        setText(null);
                    } else if (Double.isNaN(r.mean(m))) {
                        setText("–");
                    } else {
                        double se = r.stdErr(m);
                        setText(Numbers.format(r.mean(m)) + (Double.isNaN(se) ? "" : " ± " + Numbers.format(se)));
                    }
                }
            });
            mean.setPrefWidth(142);
            mean.getStyleClass().add("number-column");
            TableColumn<CandidateRow, Integer> n = new TableColumn<>("n");
            n.setId("col-n-" + m);
            n.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().n(m)));
            n.setPrefWidth(34);
            n.getStyleClass().add("number-column");
            group.getColumns().addAll(List.of(mean, n));
            table.getColumns().add(group);
        }
    }

    private static TableColumn<CandidateRow, String> textColumn(String title, Function<CandidateRow, String> f) {
        TableColumn<CandidateRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }

    /** Numbers by value, anything else by text; numbers first. */
    static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Number) {
            return -1;
        }
        if (b instanceof Number) {
            return 1;
        }
        return Objects.toString(a, "").compareTo(Objects.toString(b, ""));
    }
}
