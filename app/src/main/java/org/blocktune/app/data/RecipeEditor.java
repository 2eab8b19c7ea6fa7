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
import org.blocktune.core.data.recipe.Impute;
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
                addItem("Scale images to [0, 1]", ScaleImages::new));
        Button remove = new Button("Remove");
        remove.setId("removeStep");
        Button up = new Button("↑");
        Button down = new Button("↓");
        up.setTooltip(new javafx.scene.control.Tooltip("Move the step up (steps run top to bottom)"));
        down.setTooltip(new javafx.scene.control.Tooltip("Move the step down"));
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
        m.setOnAction(e -> {
            int at = wb.recipeProperty().get().steps().size();
            edit(list -> list.add(make.get()));
            steps.getSelectionModel().select(at);
        });
        return m;
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
        }
        Roles r = wb.rolesProperty().get();
        if (r == null) {
            return;
        }
        Label which = new Label("Apply to (none ticked = every predictor it handles):");
        which.setWrapText(true);
        CheckListView<String> cols = new CheckListView<>();
        cols.setId("stepColumns");
        cols.setPrefHeight(110);
        cols.getItems().setAll(r.predictors());
        s.columns().stream().filter(cols.getItems()::contains).forEach(c -> cols.getCheckModel().check(c));
        cols.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                List<String> chosen = cols.getItems().stream().filter(cols.getCheckModel().getCheckedItems()::contains)
                        .toList();
                replace(i, withColumns(s, chosen));
            }
        });
        config.getChildren().addAll(which, cols);
    }

    static Step withColumns(Step s, List<String> columns) {
        if (s instanceof Normalize) {
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
        } else {
            what = "scale images (÷ " + Fields.format(((ScaleImages) s).max()) + ")";
            kind = "image ";
        }
        return what + ": " + (s.columns().isEmpty() ? "all " + kind + "predictors" : String.join(", ", s.columns()));
    }
}
