package org.blocktune.app.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.ColumnChoice;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.io.DataSource;

/**
 * The import options of a CSV file, applied live: each change reads the file again in the
 * background and the preview and profile follow. Shows the reader's notices (row names recognised,
 * NaN read as missing, a delimiter guessed). Only shown for CSV data.
 */
final class ImportOptionsView {
    private static final List<String> DELIMITERS = List.of(",", ";", "tab", "|");
    private static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1", "UTF-16");

    private final Workbench wb;
    private final DataLoader loader;
    private final ComboBox<String> delimiter = new ComboBox<>();
    private final ComboBox<String> decimal = new ComboBox<>();
    private final ComboBox<String> quote = new ComboBox<>();
    private final CheckBox header = new CheckBox("Header row");
    private final Spinner<Integer> skip = new Spinner<>(0, 10_000, 0);
    private final ComboBox<String> encoding = new ComboBox<>();
    private final TextField missing = new TextField();
    private final ComboBox<String> column = new ComboBox<>();
    private final ComboBox<ColumnChoice> choice = new ComboBox<>();
    private final VBox notices = new VBox(2);
    private final VBox root = new VBox(6);
    private boolean updating;

    ImportOptionsView(Workbench wb, DataLoader loader) {
        this.wb = wb;
        this.loader = loader;
        root.setId("importOptions");
        delimiter.setId("optDelimiter");
        delimiter.getItems().setAll(DELIMITERS);
        decimal.setId("optDecimal");
        decimal.getItems().setAll(".", ",");
        quote.setId("optQuote");
        quote.getItems().setAll("\"", "'");
        header.setId("optHeader");
        skip.setId("optSkip");
        skip.setPrefWidth(80);
        skip.setEditable(true);
        encoding.setId("optEncoding");
        encoding.getItems().setAll(ENCODINGS);
        encoding.setEditable(true);
        encoding.setPrefWidth(130);
        missing.setId("optMissing");
        missing.setPrefColumnCount(16);
        missing.setTooltip(new Tooltip("Values read as missing, separated by commas; (empty) stands for an empty field. "
                + "NaN is always missing; Inf is refused unless listed here. Press Enter to apply."));
        column.setId("optColumn");
        column.setPromptText("column");
        choice.setId("optColumnChoice");
        choice.getItems().setAll(ColumnChoice.values());
        choice.setTooltip(new Tooltip("AUTOMATIC: as the values say; NUMBER; CATEGORY (text levels, e.g. codes); "
                + "ID (kept for reference, never a predictor); IGNORE (left out, e.g. dates for now)"));
        notices.setId("importNotices");

        FlowPane row1 = new FlowPane(10, 6, labelled("Delimiter", delimiter), labelled("Decimal mark", decimal),
                labelled("Quote", quote), header, labelled("Skip lines", skip), labelled("Encoding", encoding));
        FlowPane row2 = new FlowPane(10, 6, labelled("Missing values", missing), labelled("Read column", column),
                labelled("as", choice));
        root.getChildren().addAll(row1, row2, notices);
        root.setPadding(new Insets(4));

        delimiter.setOnAction(e -> apply());
        decimal.setOnAction(e -> apply());
        quote.setOnAction(e -> apply());
        header.setOnAction(e -> apply());
        encoding.setOnAction(e -> apply());
        skip.valueProperty().addListener((o, a, b) -> apply());
        missing.setOnAction(e -> apply());
        column.setOnAction(e -> {
            if (!updating) {
                showChoice();
            }
        });
        choice.setOnAction(e -> apply());
        wb.dataProperty().addListener((o, a, d) -> reflect(d));
        reflect(wb.dataProperty().get());
    }

    Node node() {
        return root;
    }

    /** True if the shown data is a CSV file whose options can be edited. */
    static boolean editable(LoadedData d) {
        return d != null && d.origin() instanceof DataSource.CsvFile;
    }

    private static Node labelled(String text, Node control) {
        HBox b = new HBox(4, new Label(text), control);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private void reflect(LoadedData d) {
        root.setVisible(editable(d));
        root.setManaged(editable(d));
        notices.getChildren().clear();
        if (d != null) {
            for (String n : d.notices()) {
                Label l = new Label("ℹ " + n);
                l.setWrapText(true);
                l.getStyleClass().add("inspector-description");
                notices.getChildren().add(l);
            }
        }
        if (!editable(d)) {
            return;
        }
        CsvOptions o = ((DataSource.CsvFile) d.origin()).options();
        updating = true;
        try {
            delimiter.setValue(o.delimiter() == '\t' ? "tab" : String.valueOf(o.delimiter()));
            decimal.setValue(String.valueOf(o.decimalMark()));
            quote.setValue(String.valueOf(o.quote()));
            header.setSelected(o.header());
            skip.getValueFactory().setValue(o.skipLines());
            encoding.setValue(o.encoding());
            missing.setText(String.join(", ", o.naStrings().stream().map(s -> s.isEmpty() ? "(empty)" : s).toList()));
            List<String> names = new ArrayList<>(d.table().names());
            o.ignoredColumns().stream().filter(c -> !names.contains(c)).forEach(names::add);
            String keep = column.getValue();
            column.getItems().setAll(names);
            column.setValue(keep != null && names.contains(keep) ? keep : null);
            showChoice();
        } finally {
            updating = false;
        }
    }

    private void showChoice() {
        LoadedData d = wb.dataProperty().get();
        boolean was = updating;
        updating = true;
        try {
            choice.setDisable(column.getValue() == null || !editable(d));
            choice.setValue(column.getValue() == null || !editable(d) ? null
                    : ((DataSource.CsvFile) d.origin()).options().choiceFor(column.getValue()));
        } finally {
            updating = was;
        }
    }

    /** The options the controls show, or null (with the reason shown) when they cannot be combined. */
    CsvOptions options(CsvOptions before) {
        char delim = "tab".equals(delimiter.getValue()) ? '\t' : delimiter.getValue().charAt(0);
        List<String> na = Arrays.stream(missing.getText().split(",", -1)).map(String::strip)
                .map(s -> s.equals("(empty)") ? "" : s).distinct().toList();
        CsvOptions o = new CsvOptions(delim, quote.getValue().charAt(0), decimal.getValue().charAt(0), header.isSelected(),
                skip.getValue() == null ? 0 : skip.getValue(), encoding.getValue() == null ? "UTF-8" : encoding.getValue().strip(),
                na, before.columnTypes(), before.idColumns(), before.ignoredColumns(), before.requiredColumns());
        if (column.getValue() != null && choice.getValue() != null) {
            o = o.withColumn(column.getValue(), choice.getValue());
        }
        return o;
    }

    private void apply() {
        if (updating) {
            return;
        }
        LoadedData d = wb.dataProperty().get();
        if (!editable(d)) {
            return;
        }
        DataSource.CsvFile csv = (DataSource.CsvFile) d.origin();
        CsvOptions next;
        try {
            next = options(csv.options());
        } catch (IllegalArgumentException e) {
            Label l = new Label("✖ " + e.getMessage());
            l.setWrapText(true);
            l.getStyleClass().add("value-problem");
            notices.getChildren().setAll(l);
            return;
        }
        if (next.equals(csv.options())) {
            return;
        }
        reload(csv.file(), next);
    }

    /** Reads the file again with {@code options}, keeping the roles and recipe where the columns still fit. */
    void reload(Path file, CsvOptions options) {
        Roles before = wb.rolesProperty().get();
        Recipe recipe = wb.recipeProperty().get();
        loader.loadCsv(file, options, d -> {
            Roles r = kept(before, d);
            wb.setData(d, r, RoleDefaults.dropMissingOutcome(recipe, d.table(), r));
        });
    }

    private static Roles kept(Roles before, LoadedData d) {
        Table t = d.table();
        if (before == null || !before.outcomes().stream().allMatch(t::has)) {
            return RoleDefaults.roles(d);
        }
        Map<String, List<String>> gone = new java.util.LinkedHashMap<>();
        for (String p : before.predictors()) {
            if (!t.has(p) || d.idColumns().contains(p)) {
                gone.put(p, List.of());
            }
        }
        return before.mapPredictors(gone);
    }
}
