package org.blocktune.app.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.Fields;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.FilterRows;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.LogTransform;
import org.blocktune.core.data.recipe.PoolRare;
import org.blocktune.core.data.recipe.RemoveColumns;
import org.blocktune.core.data.recipe.YeoJohnson;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.data.recipe.Step;
import org.blocktune.core.data.recipe.ZeroVariance;
import org.controlsfx.control.CheckListView;

/**
 * Edits the recipe: add, remove and reorder steps, and configure the selected one (its options and
 * the predictors it applies to; none ticked means every predictor of the kind it handles). Steps
 * are estimated on the analysis part of each resample only.
 */
final class RecipeEditor {
    private final Workbench wb;
    private final ListView<Step> steps = new ListView<>();
    private final VBox config = new VBox(4);
    private final VBox root = new VBox(6);
    private boolean updating;

    RecipeEditor(Workbench wb) {
        this.wb = wb;
        steps.setId("recipeSteps");
        steps.setAccessibleText("Recipe steps");
        steps.setPrefHeight(130);
        steps.setPlaceholder(new Label("No steps: the predictors are used as they are."));
        steps.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Step s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + describe(s));
            }
        });
        MenuButton add = new MenuButton("Add step");
        add.setId("addStep");
        add.getItems().addAll(
                addItem("Normalize numeric predictors", Normalize::new),
                addItem("Dummy-encode categorical predictors (k − 1)", () -> new Dummy(false)),
                addItem("One-hot encode categorical predictors (k)", () -> new Dummy(true)),
                addItem("Remove zero-variance predictors", ZeroVariance::new),
                addItem("Impute missing values (mean / mode)", () -> new Impute(Impute.Method.MEAN)),
                addItem("Scale images to [0, 1]", ScaleImages::new),
                new javafx.scene.control.SeparatorMenuItem(),
                addItem("Drop rows with missing values (outcome)", DropMissing::new),
                addItem("Filter rows by a range or levels", this::newFilter),
                addItem("Pool rare levels into 'other' (< 5%)", PoolRare::new),
                addItem("Log transform numeric predictors (log(x + 1))", () -> new LogTransform(Math.E, 1, List.of())),
                addItem("Yeo-Johnson transform numeric predictors", YeoJohnson::new),
                addItem("Remove columns", this::newRemove));
        Button remove = new Button("Remove");
        remove.setId("removeStep");
        Button up = new Button("↑");
        Button down = new Button("↓");
        up.setTooltip(new javafx.scene.control.Tooltip("Move the step up (steps run top to bottom)"));
        down.setTooltip(new javafx.scene.control.Tooltip("Move the step down"));
        up.setAccessibleText("Move the step up");
        down.setAccessibleText("Move the step down");
        remove.setOnAction(e -> {
            steps.requestFocus();
            edit(list -> list.remove(selected()));
        });
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(1));
        remove.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        HBox buttons = new HBox(6, add, remove, up, down);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(buttons, steps, config);
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showConfig());
        wb.recipeProperty().addListener((o, a, r) -> reflect());
        wb.rolesProperty().addListener((o, a, r) -> showConfig());
        reflect();
    }

    Node node() {
        return root;
    }

    private MenuItem addItem(String text, Supplier<Step> make) {
        MenuItem m = new MenuItem(text);
        m.setId("add-" + text.replaceAll("[^A-Za-z]+", "-").toLowerCase(java.util.Locale.ROOT));
        m.setOnAction(e -> {
            Step s = make.get();
            if (s == null) {
                return;
            }
            int at = wb.recipeProperty().get().steps().size();
            edit(list -> list.add(s));
            steps.getSelectionModel().select(at);
        });
        return m;
    }

    /** A filter on the first numeric column that keeps every row to start with (edited in the step's settings). */
    private Step newFilter() {
        Roles r = wb.rolesProperty().get();
        var d = wb.dataProperty().get();
        if (r == null || d == null) {
            return null;
        }
        List<String> cols = new ArrayList<>(r.outcomes());
        cols.addAll(r.predictors());
        for (String c : cols) {
            if (d.table().column(c) instanceof NumericColumn) {
                return keepAll(d.table(), c);
            }
        }
        return null;
    }

    /** A filter on {@code column} that keeps every row: from its smallest value up, or all its levels. */
    private static FilterRows keepAll(org.blocktune.core.data.Table t, String column) {
        if (t.column(column) instanceof NumericColumn n) {
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n.size(); i++) {
                if (!n.isMissing(i)) {
                    min = Math.min(min, n.get(i));
                }
            }
            return FilterRows.range(column, Double.isFinite(min) ? min : 0, null);
        }
        return FilterRows.levels(column, t.categorical(column).levels());
    }

    private Step newRemove() {
        Roles r = wb.rolesProperty().get();
        return r == null || r.predictors().isEmpty() ? null : new RemoveColumns(List.of(r.predictors().get(r.predictors().size() - 1)));
    }

    private int selected() {
        return steps.getSelectionModel().getSelectedIndex();
    }

    private void move(int by) {
        int i = selected();
        int j = i + by;
        List<Step> now = wb.recipeProperty().get().steps();
        if (i < 0 || j < 0 || j >= now.size()) {
            return;
        }
        edit(list -> list.add(j, list.remove(i)));
        steps.getSelectionModel().select(j);
    }

    private void edit(java.util.function.Consumer<List<Step>> change) {
        List<Step> list = new ArrayList<>(wb.recipeProperty().get().steps());
        change.accept(list);
        wb.recipeProperty().set(new Recipe(list));
    }

    private void replace(int index, Step s) {
        edit(list -> list.set(index, s));
    }

    private void reflect() {
        updating = true;
        try {
            int keep = selected();
            steps.getItems().setAll(wb.recipeProperty().get().steps());
            if (keep >= 0 && keep < steps.getItems().size()) {
                steps.getSelectionModel().select(keep);
            }
        } finally {
            updating = false;
        }
        showConfig();
    }

    private void showConfig() {
        config.getChildren().clear();
        int i = selected();
        if (i < 0 || i >= steps.getItems().size()) {
            return;
        }
        Step s = steps.getItems().get(i);
        Label heading = new Label("Step " + (i + 1) + ": " + describe(s));
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        config.getChildren().add(heading);
        if (s instanceof Impute imp) {
            ComboBox<Impute.Method> method = new ComboBox<>();
            method.setId("imputeMethod");
            method.getItems().setAll(Impute.Method.values());
            method.setValue(imp.method());
            method.setOnAction(e -> replace(i, new Impute(method.getValue(), imp.columns())));
            config.getChildren().add(new HBox(6, new Label("Numeric columns by their"), method));
        } else if (s instanceof Dummy d) {
            CheckBox oneHot = new CheckBox("One-hot (keep every level's column)");
            oneHot.setSelected(d.oneHot());
            oneHot.setOnAction(e -> replace(i, new Dummy(oneHot.isSelected(), d.columns())));
            config.getChildren().add(oneHot);
        } else if (s instanceof ScaleImages sc) {
            TextField max = Fields.text("scaleMax", Fields.format(sc.max()), 6);
            Label problem = Fields.problemLabel("scaleMaxProblem");
            max.setOnAction(e -> {
                var v = Fields.parseDouble(max.getText()).filter(x -> x > 0);
                problem.setText(v.isPresent() ? "" : "the divisor must be a positive number");
                Fields.mark(max, v.isEmpty());
                v.ifPresent(x -> replace(i, new ScaleImages(x, sc.columns())));
            });
            config.getChildren().addAll(new HBox(6, new Label("Divide by (Enter to apply)"), max), problem);
        } else if (s instanceof FilterRows f) {
            filterConfig(i, f);
            return;
        } else if (s instanceof PoolRare pr) {
            TextField t = Fields.text("poolThreshold", Fields.format(pr.threshold()), 6);
            Label problem = Fields.problemLabel("poolThresholdProblem");
            t.setOnAction(e -> {
                var v = Fields.parseDouble(t.getText()).filter(x -> x > 0 && x < 1);
                problem.setText(v.isPresent() ? "" : "a share of rows between 0 and 1, e.g. 0.05");
                Fields.mark(t, v.isEmpty());
                v.ifPresent(x -> replace(i, new PoolRare(x, pr.columns())));
            });
            config.getChildren().addAll(new HBox(6, new Label("Pool levels below this share of rows (Enter)"), t), problem);
        } else if (s instanceof LogTransform lt) {
            TextField base = Fields.text("logBase", Fields.format(lt.base()), 6);
            TextField offset = Fields.text("logOffset", Fields.format(lt.offset()), 6);
            Label problem = Fields.problemLabel("logProblem");
            javafx.event.EventHandler<javafx.event.ActionEvent> apply = e -> {
                var b = Fields.parseDouble(base.getText()).filter(x -> x > 0 && x != 1);
                var o = Fields.parseDouble(offset.getText()).filter(Double::isFinite);
                problem.setText(b.isPresent() && o.isPresent() ? "" : "the base must be positive and not 1; the offset a number");
                if (b.isPresent() && o.isPresent()) {
                    replace(i, new LogTransform(b.get(), o.get(), lt.columns()));
                }
            };
            base.setOnAction(apply);
            offset.setOnAction(apply);
            config.getChildren().addAll(new HBox(6, new Label("log base"), base, new Label("of x +"), offset), problem);
        }
        Roles r = wb.rolesProperty().get();
        if (r == null) {
            return;
        }
        boolean rowStep = s instanceof DropMissing;
        Label which = new Label(rowStep ? "Check these columns (none ticked = the outcome):"
                : s instanceof RemoveColumns ? "Remove these predictors (at least one):"
                : "Apply to (none ticked = every predictor it handles):");
        which.setWrapText(true);
        CheckListView<String> cols = new CheckListView<>();
        cols.setId("stepColumns");
        cols.setPrefHeight(110);
        List<String> items = new ArrayList<>(rowStep ? r.outcomes() : List.of());
        items.addAll(r.predictors());
        cols.getItems().setAll(items);
        s.columns().stream().filter(cols.getItems()::contains).forEach(c -> cols.getCheckModel().check(c));
        cols.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                List<String> chosen = cols.getItems().stream().filter(cols.getCheckModel().getCheckedItems()::contains)
                        .toList();
                if (s instanceof RemoveColumns && chosen.isEmpty()) {
                    return; // a remove step needs a column; remove the step itself to keep every column
                }
                replace(i, withColumns(s, chosen));
            }
        });
        config.getChildren().addAll(which, cols);
    }

    private void filterConfig(int i, FilterRows f) {
        Roles r = wb.rolesProperty().get();
        var d = wb.dataProperty().get();
        if (r == null || d == null) {
            return;
        }
        ComboBox<String> column = new ComboBox<>();
        column.setId("filterColumn");
        List<String> names = new ArrayList<>(r.outcomes());
        names.addAll(r.predictors());
        column.getItems().setAll(names);
        column.setValue(f.column());
        boolean numeric = d.table().has(f.column()) && d.table().column(f.column()) instanceof NumericColumn;
        TextField min = Fields.text("filterMin", f.min() == null ? "" : Fields.format(f.min()), 7);
        TextField max = Fields.text("filterMax", f.max() == null ? "" : Fields.format(f.max()), 7);
        TextField levels = Fields.text("filterLevels", String.join(", ", f.levels()), 16);
        Label problem = Fields.problemLabel("filterProblem");
        javafx.event.EventHandler<javafx.event.ActionEvent> apply = e -> {
            try {
                if (numeric) {
                    Double lo = min.getText().isBlank() ? null : Fields.parseDouble(min.getText()).orElseThrow(
                            () -> new IllegalArgumentException("min is not a number"));
                    Double hi = max.getText().isBlank() ? null : Fields.parseDouble(max.getText()).orElseThrow(
                            () -> new IllegalArgumentException("max is not a number"));
                    replace(i, FilterRows.range(f.column(), lo, hi));
                } else {
                    replace(i, FilterRows.levels(f.column(), java.util.Arrays.stream(levels.getText().split(","))
                            .map(String::strip).filter(x -> !x.isEmpty()).toList()));
                }
                problem.setText("");
            } catch (IllegalArgumentException x) {
                problem.setText(x.getMessage());
            }
        };
        min.setOnAction(apply);
        max.setOnAction(apply);
        levels.setOnAction(apply);
        column.setOnAction(e -> {
            String c = column.getValue();
            if (c == null || c.equals(f.column())) {
                return;
            }
            replace(i, keepAll(d.table(), c));
        });
        config.getChildren().add(new HBox(6, new Label("Column"), column));
        if (numeric) {
            config.getChildren().add(new HBox(6, new Label("keep rows from"), min, new Label("to"), max));
            Label note = new Label("Empty = no limit. Rows with a missing value are kept. Enter applies.");
            note.getStyleClass().add("inspector-description");
            config.getChildren().add(note);
        } else {
            config.getChildren().add(new HBox(6, new Label("keep the levels"), levels));
        }
        config.getChildren().add(problem);
    }

    static Step withColumns(Step s, List<String> columns) {
        if (s instanceof DropMissing) {
            return new DropMissing(columns);
        } else if (s instanceof PoolRare p) {
            return new PoolRare(p.threshold(), columns);
        } else if (s instanceof LogTransform l) {
            return new LogTransform(l.base(), l.offset(), columns);
        } else if (s instanceof YeoJohnson) {
            return new YeoJohnson(columns);
        } else if (s instanceof RemoveColumns) {
            return new RemoveColumns(columns);
        } else if (s instanceof FilterRows) {
            return s;
        } else if (s instanceof Normalize) {
            return new Normalize(columns);
        } else if (s instanceof Dummy d) {
            return new Dummy(d.oneHot(), columns);
        } else if (s instanceof ZeroVariance) {
            return new ZeroVariance(columns);
        } else if (s instanceof Impute i) {
            return new Impute(i.method(), columns);
        }
        return new ScaleImages(((ScaleImages) s).max(), columns);
    }

    /** One line for a step, e.g. "normalize (centre, scale): all numeric predictors". */
    static String describe(Step s) {
        String what;
        String kind = "";
        if (s instanceof Normalize) {
            what = "normalize (centre, scale)";
            kind = "numeric ";
        } else if (s instanceof Dummy d) {
            what = d.oneHot() ? "one-hot encode" : "dummy-encode";
            kind = "categorical ";
        } else if (s instanceof ZeroVariance) {
            what = "remove zero-variance";
        } else if (s instanceof Impute i) {
            what = "impute missing (" + i.method().name().toLowerCase(java.util.Locale.ROOT) + ")";
        } else if (s instanceof DropMissing dm) {
            return "drop rows with missing values in " + (dm.columns().isEmpty() ? "the outcome" : String.join(", ", dm.columns()));
        } else if (s instanceof FilterRows f) {
            return "filter rows: keep " + f.column() + (f.levels().isEmpty()
                    ? (f.min() == null ? "" : " ≥ " + Fields.format(f.min())) + (f.max() == null ? "" : " ≤ " + Fields.format(f.max()))
                    : " in " + f.levels());
        } else if (s instanceof PoolRare p) {
            what = "pool levels below " + Fields.format(p.threshold() * 100) + "% into 'other'";
            kind = "categorical ";
        } else if (s instanceof LogTransform l) {
            what = "log" + (l.base() == Math.E ? "" : " base " + Fields.format(l.base())) + "(x"
                    + (l.offset() == 0 ? "" : " + " + Fields.format(l.offset())) + ")";
            kind = "numeric ";
        } else if (s instanceof YeoJohnson) {
            what = "Yeo-Johnson transform";
            kind = "numeric ";
        } else if (s instanceof RemoveColumns) {
            return "remove columns: " + String.join(", ", s.columns());
        } else {
            what = "scale images (÷ " + Fields.format(((ScaleImages) s).max()) + ")";
            kind = "image ";
        }
        return what + ": " + (s.columns().isEmpty() ? "all " + kind + "predictors" : String.join(", ", s.columns()));
    }
}
