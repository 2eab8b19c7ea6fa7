package org.blocktune.app.data;

import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.blocktune.app.common.Fields;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;

/** The first rows of the loaded table, with each column's name and type in its header. */
final class DataPreview {
    /** Rows shown at most. */
    static final int ROWS = 200;

    private final TableView<Integer> table = new TableView<>();
    private final Label title = new Label("No data loaded.");
    private final BorderPane root = new BorderPane(table);

    DataPreview(Workbench wb) {
        table.setId("dataPreview");
        table.setAccessibleText("Data preview");
        table.setPlaceholder(new Label(""));
        title.setId("previewTitle");
        title.getStyleClass().add("screen-subheading");
        root.setTop(title);
        wb.dataProperty().addListener((o, a, d) -> show(d));
        show(wb.dataProperty().get());
    }

    Node node() {
        return root;
    }

    private void show(LoadedData d) {
        table.getColumns().clear();
        if (d == null) {
            table.setItems(FXCollections.observableArrayList());
            title.setText("No data loaded.");
            return;
        }
        Table t = d.table();
        int shown = Math.min(ROWS, t.rowCount());
        title.setText(String.format("%s — %,d rows × %d columns%s", d.name(), t.rowCount(), t.columnCount(),
                t.rowCount() > shown ? " (first " + shown + " shown)" : ""));
        TableColumn<Integer, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue() + 1)));
        number.setSortable(false);
        number.setPrefWidth(48);
        number.getStyleClass().add("row-number");
        table.getColumns().add(number);
        for (Column c : t.columns()) {
            TableColumn<Integer, String> col = new TableColumn<>();
            Label header = new Label(c.name() + "\n" + typeOf(c));
            header.getStyleClass().add("column-header-label");
            col.setGraphic(header);
            col.setId("col-" + c.name());
            col.setUserData(c.name());
            col.setSortable(false);
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cellText(c, cell.getValue())));
            int chars = Math.max(c.name().length(), typeOf(c).length());
            col.setPrefWidth(Math.max(90, Math.min(220, chars * 8 + 20)));
            table.getColumns().add(col);
        }
        table.setItems(FXCollections.observableArrayList(IntStream.range(0, shown).boxed().toList()));
    }

    /** E.g. "numeric", "categorical (3 levels)", "tensor 28×28". */
    static String typeOf(Column c) {
        return switch (c.type()) {
            case NUMERIC -> "numeric";
            case LOGICAL -> "logical";
            case CATEGORICAL -> "categorical (" + ((CategoricalColumn) c).levels().size() + " levels)";
            case TENSOR -> "tensor " + String.join("×", IntStream.of(((TensorColumn) c).shape())
                    .mapToObj(String::valueOf).toList());
        };
    }

    private static String cellText(Column c, int row) {
        if (c.isMissing(row)) {
            return "NA";
        }
        if (c instanceof NumericColumn n) {
            return Fields.format(n.get(row));
        }
        if (c instanceof CategoricalColumn cat) {
            return cat.get(row);
        }
        return "[" + typeOf(c).substring("tensor ".length()) + "]";
    }
}
