package org.blocktune.app.space;

import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.Fields;
import org.blocktune.app.workbench.Candidates;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.GridSettings.Kind;

/**
 * The grid choice (regular with levels; random, Latin hypercube or maximum entropy with a size;
 * Bayesian with its initial size, iterations and no-improvement limit), the master seed, and a
 * live preview of the candidate rows with their count.
 */
final class GridPanel {
    private final Workbench wb;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextField levels = Fields.text("gridLevels", "3", 4);
    private final TextField size = Fields.text("gridSize", "10", 5);
    private final TextField initial = Fields.text("bayesInitial", "5", 4);
    private final TextField iterations = Fields.text("bayesIterations", "10", 4);
    private final TextField noImprovement = Fields.text("bayesNoImprovement", "10", 4);
    private final TextField seed = Fields.text("seed", "42", 8);
    private final Label problem = Fields.problemLabel("gridProblem");
    private final Label count = new Label();
    private final Label note = new Label();
    private final TableView<Map<String, Object>> preview = new TableView<>();
    private final VBox root = new VBox(6);
    private final StaleMark stale = new StaleMark(preview);
    private boolean updating;

    GridPanel(Workbench wb) {
        this.wb = wb;
        kind.setId("gridKind");
        kind.getItems().setAll(Kind.values());
        kind.setCellFactory(v -> kindCell());
        kind.setButtonCell(kindCell());
        count.setId("gridRowCount");
        count.getStyleClass().add("live-line");
        note.setId("gridNote");
        note.setWrapText(true);
        note.getStyleClass().add("inspector-description");
        preview.setId("gridPreview");
        preview.setPlaceholder(new Label("No candidates."));
        VBox.setVgrow(preview, Priority.ALWAYS);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, fixed("Grid"), kind);
        HBox regular = row(new Label("levels per argument"), levels);
        HBox sized = row(new Label("candidates"), size);
        HBox bayes = row(new Label("initial"), initial, new Label("iterations"), iterations,
                new Label("stop after"), noImprovement, new Label("without improvement"));
        g.add(regular, 1, 1);
        g.add(sized, 1, 2);
        g.add(bayes, 0, 3, 2, 1);
        show(regular, kind.valueProperty().isEqualTo(Kind.REGULAR));
        show(bayes, kind.valueProperty().isEqualTo(Kind.BAYESIAN));
        show(sized, kind.valueProperty().isNotEqualTo(Kind.REGULAR).and(kind.valueProperty().isNotEqualTo(Kind.BAYESIAN)));
        Label seedHint = hint("the master seed");
        seedHint.setTooltip(new javafx.scene.control.Tooltip(
                "One seed behind everything random: the grid, the resamples and each fit's initial weights"));
        g.addRow(4, fixed("Seed"), row(seed, seedHint));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(wb.candidatesBusyProperty());
        HBox countRow = row(count, busy);
        root.getChildren().addAll(g, problem, countRow, note, stale.banner(), preview);
        root.setPadding(new Insets(8));
        kind.valueProperty().addListener((o, a, b) -> publish());
        for (TextField f : new TextField[] {levels, size, initial, iterations, noImprovement}) {
            f.textProperty().addListener((o, a, b) -> publish());
        }
        seed.textProperty().addListener((o, a, b) -> publishSeed());
        wb.gridProperty().addListener((o, a, b) -> reflect());
        wb.seedProperty().addListener((o, a, b) -> reflect());
        wb.candidatesProperty().addListener((o, a, c) -> showCandidates(c));
        wb.keptProperty().addListener((o, a, c) -> showCandidates(wb.candidates()));
        reflect();
        showCandidates(wb.candidates());
    }

    Node node() {
        return root;
    }

    /** Marks the preview as out of date while a field of {@code screen} that feeds it holds a bad entry. */
    void watchForBadEntries(javafx.scene.Parent screen) {
        stale.watch(screen);
        wb.candidatesProperty().addListener((o, a, c) -> stale.later());
        wb.setupProperty().addListener((o, a, c) -> stale.later());
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-description");
        l.setWrapText(true); // wraps in a narrow window instead of ending in "…"
        l.setMinWidth(60);
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    /** A label that never shrinks below its text (a narrow window used to show "…" for "Grid"). */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static void show(Node n, javafx.beans.binding.BooleanBinding when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
    }

    private static ListCell<Kind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Kind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : switch (k) {
                    case REGULAR -> "Regular grid";
                    case RANDOM -> "Random";
                    case LATIN_HYPERCUBE -> "Latin hypercube";
                    case MAX_ENTROPY -> "Maximum entropy";
                    case BAYESIAN -> "Bayesian optimisation";
                });
            }
        };
    }

    private void publish() {
        if (updating || kind.getValue() == null) {
            return;
        }
        StringBuilder bad = new StringBuilder();
        Kind k = kind.getValue();
        Optional<Integer> lv = k == Kind.REGULAR ? whole(levels, "levels", 1, bad) : Optional.empty();
        Optional<Integer> sz = k != Kind.REGULAR && k != Kind.BAYESIAN
                ? whole(size, "the number of candidates", 1, bad) : Optional.empty();
        Optional<Integer> in = k == Kind.BAYESIAN ? whole(initial, "the initial size", 1, bad) : Optional.empty();
        Optional<Integer> it = k == Kind.BAYESIAN ? whole(iterations, "iterations", 0, bad) : Optional.empty();
        Optional<Integer> ni = k == Kind.BAYESIAN ? whole(noImprovement, "the no-improvement limit", 1, bad)
                : Optional.empty();
        problem.setText(bad.toString().trim());
        if (bad.length() > 0) {
            return;
        }
        GridSettings now = wb.gridProperty().get();
        BayesianSettings b = null;
        if (k == Kind.BAYESIAN) {
            Direction d = now.bayesian() != null ? now.bayesian().direction()
                    : wb.task() == org.blocktune.core.data.Task.REGRESSION ? Direction.MINIMIZE : Direction.MAXIMIZE;
            b = new BayesianSettings(d, in.get(), it.get(), ni.get(), wb.seedProperty().get());
        }
        wb.setGrid(new GridSettings(k, lv.orElse(now.levels()), sz.orElse(now.size()), wb.seedProperty().get(), b));
    }

    private static Optional<Integer> whole(TextField f, String what, int min, StringBuilder bad) {
        Optional<Integer> v = Fields.parseInt(f.getText()).filter(x -> x >= min);
        Fields.mark(f, v.isEmpty());
        if (v.isEmpty()) {
            bad.append(what).append(" must be a whole number of at least ").append(min).append(". ");
        }
        return v;
    }

    private void publishSeed() {
        if (updating) {
            return;
        }
        Optional<Long> s;
        try {
            s = Optional.of(Long.parseLong(seed.getText().trim()));
        } catch (NumberFormatException e) {
            s = Optional.empty();
        }
        Fields.mark(seed, s.isEmpty());
        problem.setText(s.isEmpty() ? "the seed must be a whole number" : "");
        s.ifPresent(v -> wb.seedProperty().set(v));
    }

    private void reflect() {
        GridSettings g = wb.gridProperty().get();
        updating = true;
        try {
            kind.setValue(g.kind());
            setIfValid(levels, g.levels());
            setIfValid(size, g.size());
            if (g.bayesian() != null) {
                setIfValid(initial, g.bayesian().initialSize());
                setIfValid(iterations, g.bayesian().iterations());
                setIfValid(noImprovement, g.bayesian().noImprovementLimit());
            }
            if (!seed.isFocused()) {
                seed.setText(String.valueOf(wb.seedProperty().get()));
            }
        } finally {
            updating = false;
        }
    }

    private static void setIfValid(TextField f, int v) {
        if (!f.isFocused() && !f.getStyleClass().contains("invalid-value")) {
            f.setText(String.valueOf(v));
        }
    }

    private void showCandidates(Candidates c) {
        preview.getColumns().clear();
        if (c == null) {
            count.setText("…");
            preview.setItems(FXCollections.observableArrayList());
            return;
        }
        if (c.problem() != null) {
            count.setText("No grid");
            count.getStyleClass().add("value-problem");
            note.setText(c.problem());
            preview.setItems(FXCollections.observableArrayList());
            return;
        }
        count.getStyleClass().remove("value-problem");
        if (c.names().isEmpty()) {
            count.setText("1 candidate");
            note.setText("Nothing is tuned: the model is built once with its fixed values. Tick \"tune\" on an "
                    + "argument to search over it.");
            preview.setItems(FXCollections.observableArrayList());
            return;
        }
        count.setText(c.size() + (c.size() == 1 ? " candidate" : " candidates"));
        GridSettings g = wb.gridProperty().get();
        String kept = wb.keptProperty().get() == null ? "" : " The dry run kept " + wb.keptProperty().get().size()
                + " valid rows for the run.";
        note.setText((g.kind() == Kind.BAYESIAN ? "The initial design; the search then proposes up to "
                + g.bayesian().iterations() + " more from the results." : "") + kept);
        TableColumn<Map<String, Object>, String> number = new TableColumn<>("#");
        number.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        number.setSortable(false);
        number.setPrefWidth(44);
        preview.getColumns().add(number);
        for (String n : c.names()) {
            TableColumn<Map<String, Object>, String> col = new TableColumn<>(n);
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Fields.format(cell.getValue().get(n))));
            col.setPrefWidth(Math.max(90, n.length() * 8 + 16));
            preview.getColumns().add(col);
        }
        preview.setItems(FXCollections.observableArrayList(c.rows()));
    }
}
