package org.blocktune.app.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.blocktune.app.workbench.DataCheck;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.Task;
import org.controlsfx.control.CheckListView;

/** The outcome (a combo box), the predictors (ticked in a list) and whether that is classification or regression. */
final class RolesView {
    private final Workbench wb;
    private final ComboBox<String> outcome = new ComboBox<>();
    private final CheckListView<String> predictors = new CheckListView<>();
    private final Label task = new Label();
    private final VBox root = new VBox(6);
    private boolean updating;

    RolesView(Workbench wb) {
        this.wb = wb;
        outcome.setId("outcomeChoice");
        outcome.setPromptText("choose the outcome");
        outcome.setMaxWidth(Double.MAX_VALUE);
        predictors.setId("predictorList");
        predictors.setPrefHeight(150);
        task.setId("taskLabel");
        task.setWrapText(true);
        task.getStyleClass().add("task-label");
        Button all = new Button("All");
        Button none = new Button("None");
        all.setOnAction(e -> predictors.getCheckModel().checkAll());
        none.setOnAction(e -> predictors.getCheckModel().clearChecks());
        HBox outcomeRow = new HBox(6, new Label("Outcome"), outcome);
        outcomeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox predictorHead = new HBox(6, new Label("Predictors"), all, none);
        predictorHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(outcomeRow, task, predictorHead, predictors);
        root.setPadding(new Insets(4));
        outcome.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                outcomeChosen(b);
            }
        });
        predictors.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                publish();
            }
        });
        wb.dataProperty().addListener((o, a, d) -> reflect());
        wb.rolesProperty().addListener((o, a, r) -> reflect());
        wb.dataCheckProperty().addListener((o, a, c) -> showTask(c));
        reflect();
        showTask(wb.dataCheckProperty().get());
    }

    Node node() {
        return root;
    }

    private void outcomeChosen(String name) {
        LoadedData d = wb.dataProperty().get();
        if (d == null) {
            return;
        }
        Roles before = wb.rolesProperty().get();
        List<String> keep;
        if (before == null) {
            keep = RoleDefaults.profile(d).suggestedPredictors(name);
        } else {
            // the previous outcome becomes a predictor again (unless it is an identifier); the new one stops being one
            java.util.Set<String> chosen = new java.util.HashSet<>(before.predictors());
            String previous = before.outcomes().get(0);
            if (!previous.equals(name) && !RoleDefaults.profile(d).idLike(previous)) {
                chosen.add(previous);
            }
            chosen.remove(name);
            keep = d.table().names().stream().filter(chosen::contains).toList();
        }
        Roles next = new Roles(List.of(name), Map.of(Roles.DEFAULT_INPUT, keep));
        wb.rolesProperty().set(next);
        Recipe withDrop = RoleDefaults.dropMissingOutcome(wb.recipeProperty().get(), d.table(), next);
        if (!withDrop.equals(wb.recipeProperty().get())) {
            wb.recipeProperty().set(withDrop);
        }
    }

    private void publish() {
        String o = outcome.getValue();
        if (o == null) {
            return;
        }
        // keep the table's column order
        List<String> checked = predictors.getItems().stream()
                .filter(predictors.getCheckModel().getCheckedItems()::contains).toList();
        wb.rolesProperty().set(new Roles(List.of(o), Map.of(Roles.DEFAULT_INPUT, checked)));
    }

    private void reflect() {
        updating = true;
        try {
            LoadedData d = wb.dataProperty().get();
            Roles r = wb.rolesProperty().get();
            if (d == null) {
                outcome.getItems().clear();
                predictors.getItems().clear();
                root.setDisable(true);
                return;
            }
            root.setDisable(false);
            List<String> names = d.table().names();
            if (!outcome.getItems().equals(names)) {
                outcome.getItems().setAll(names);
            }
            String o = r == null ? null : r.outcomes().get(0);
            outcome.setValue(o);
            List<String> items = new ArrayList<>(names);
            items.remove(o);
            // clear before replacing the items: ControlsFX's check model fails clearing checks of replaced items
            predictors.getCheckModel().clearChecks();
            if (!predictors.getItems().equals(items)) {
                predictors.getItems().setAll(items);
            }
            if (r != null) {
                r.predictors().stream().filter(items::contains).forEach(p -> predictors.getCheckModel().check(p));
            }
        } finally {
            updating = false;
        }
    }

    private void showTask(DataCheck c) {
        task.getStyleClass().removeAll("value-problem");
        if (c == null || c.task() == null) {
            task.setText(wb.dataProperty().get() == null ? "" : "Choose an outcome to see the task.");
            return;
        }
        Roles r = wb.rolesProperty().get();
        String name = r == null ? "" : r.outcomes().get(0);
        if (c.task() == Task.CLASSIFICATION) {
            List<String> lv = c.classLevels();
            String shown = lv.size() <= 6 ? String.join(", ", lv) : String.join(", ", lv.subList(0, 6)) + ", …";
            task.setText("Classification — " + name + " has " + lv.size() + " classes (" + shown + ").");
        } else {
            task.setText("Regression — predicts the number " + name + ".");
        }
    }
}
