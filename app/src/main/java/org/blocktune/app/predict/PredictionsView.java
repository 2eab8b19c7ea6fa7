package org.blocktune.app.predict;

import java.util.Locale;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;

/** A table of the input columns then the prediction columns, one row per input row (virtualised: only shown rows are formatted). */
final class PredictionsView {
    private final TableView<Integer> view = new TableView<>();

    PredictionsView() {
        view.setId("predictTable");
        view.setPlaceholder(new javafx.scene.control.Label("Open a CSV file of new rows to see the model's predictions."));
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    TableView<Integer> view() {
        return view;
    }

    /** Shows {@code p}: the input's columns, then the predictions' (marked with the style class {@code prediction-column}). */
    void show(Predictions p) {
        view.getColumns().clear();
        for (Column c : p.input().columns()) {
            view.getColumns().add(column(c, false));
        }
        for (Column c : p.predictions().columns()) {
            view.getColumns().add(column(c, true));
        }
        view.setItems(FXCollections.observableList(IntStream.range(0, p.predictions().rowCount()).boxed().toList()));
    }

    void clear() {
        view.getColumns().clear();
        view.getItems().clear();
    }

    private static TableColumn<Integer, String> column(Column c, boolean prediction) {
        TableColumn<Integer, String> col = new TableColumn<>(c.name());
        col.setId("predict-col-" + c.name());
        if (prediction) {
            col.getStyleClass().add("prediction-column");
        }
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(text(c, d.getValue())));
        col.setSortable(false);
        col.setPrefWidth(Math.max(80, 9 * c.name().length() + 24));
        return col;
    }

    /** A number as shown: whole numbers as such, else up to 4 decimals without trailing zeros (tiny or huge ones in e-notation). */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e7)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", v)).stripTrailingZeros().toPlainString();
    }

    /** A cell as shown: numbers with up to 4 decimals, categories as text, missing as empty. */
    static String text(Column c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        if (c instanceof NumericColumn n) {
            return number(n.get(row));
        }
        if (c instanceof CategoricalColumn k) {
            return k.get(row);
        }
        return "[tensor]";
    }
}
