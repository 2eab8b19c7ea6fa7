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

/**
 * The outcome (a combo box), further outcomes of a network with several outputs (ticked in a list), the
 * predictors (ticked in a list) and whether that is classification or regression.
 */
final class RolesView {
    private final Workbench wb;
    private final ComboBox<String> outcome = new ComboBox<>();
    private final CheckListView<String> predictors = new CheckListView<>();
    /** Further outcomes, one check item per column, beside the outcome (no extra height in the pane). */
    private final javafx.scene.control.MenuButton moreOutcomes = new javafx.scene.control.MenuButton("More outcomes");
    private final Label task = new Label();
    private final VBox root = new VBox(6);
    private boolean updating;

    RolesView(Workbench wb) {
        this.wb = wb;
        outcome.setId("outcomeChoice");
        outcome.setPromptText("choose the outcome");
        outcome.setMaxWidth(Double.MAX_VALUE);
        predictors.setId("predictorList");
        predictors.setAccessibleText("Predictors");
        predictors.setPrefHeight(150);
        moreOutcomes.setId("moreOutcomesButton");
        moreOutcomes.setMnemonicParsing(false);
        moreOutcomes.setTooltip(new javafx.scene.control.Tooltip("Tick more outcome columns to predict them with the "
                + "same network: one output block per outcome, named after it (numeric, categorical or a mix)"));
        task.setId("taskLabel");
        task.setWrapText(true);
        task.getStyleClass().add("task-label");
        Button all = new Button("All");
        Button none = new Button("None");
        all.setOnAction(e -> predictors.getCheckModel().checkAll());
        none.setOnAction(e -> predictors.getCheckModel().clearChecks());
        HBox outcomeRow = new HBox(6, new Label("Outcome"), outcome, moreOutcomes);
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
        List<String> outcomes = new ArrayList<>(List.of(name));
        if (before != null) {
            before.outcomes().stream().skip(1).filter(o -> !o.equals(name)).forEach(outcomes::add);
        }
        List<String> keepPredictors = keep.stream().filter(k -> !outcomes.contains(k)).toList();
        Roles next = new Roles(outcomes, Map.of(Roles.DEFAULT_INPUT, keepPredictors));
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
        Roles r = wb.rolesProperty().get();
        List<String> outcomes = new ArrayList<>(List.of(o));
        if (r != null) {
            r.outcomes().stream().skip(1).filter(x -> !x.equals(o) && !checked.contains(x)).forEach(outcomes::add);
        }
        wb.rolesProperty().set(new Roles(outcomes, Map.of(Roles.DEFAULT_INPUT, checked)));
    }

    /** The ticked further outcomes stop being predictors; an unticked one becomes a predictor again. */
    private void publishOutcomes() {
        String o = outcome.getValue();
        Roles r = wb.rolesProperty().get();
        if (o == null || r == null) {
            return;
        }
        List<String> extra = moreOutcomes.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.CheckMenuItem c && c.isSelected())
                .map(javafx.scene.control.MenuItem::getText).toList();
        List<String> outcomes = new ArrayList<>(List.of(o));
        outcomes.addAll(extra);
        java.util.Set<String> preds = new java.util.HashSet<>(r.predictors());
        preds.removeAll(extra);
        r.outcomes().stream().skip(1).filter(x -> !extra.contains(x)).forEach(preds::add);
        List<String> ordered = wb.dataProperty().get().table().names().stream().filter(preds::contains).toList();
        wb.rolesProperty().set(new Roles(outcomes, Map.of(Roles.DEFAULT_INPUT, ordered)));
    }

    private void reflect() {
        updating = true;
        try {
            LoadedData d = wb.dataProperty().get();
            Roles r = wb.rolesProperty().get();
            if (d == null) {
                outcome.getItems().clear();
                predictors.getItems().clear();
                moreOutcomes.getItems().clear();
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
            List<String> extraItems = new ArrayList<>(names);
            extraItems.remove(o);
            List<javafx.scene.control.MenuItem> checks = new ArrayList<>();
            for (String x : extraItems) {
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(x);
                item.setMnemonicParsing(false);
                item.setId("moreOutcome-" + x);
                item.setSelected(r != null && r.outcomes().indexOf(x) > 0);
                item.setOnAction(e -> {
                    if (!updating) {
                        publishOutcomes();
                    }
                });
                checks.add(item);
            }
            moreOutcomes.getItems().setAll(checks);
            int extra = r == null ? 0 : r.outcomes().size() - 1;
            moreOutcomes.setText(extra == 0 ? "More outcomes" : "+" + extra + " outcome" + (extra == 1 ? "" : "s"));
            List<String> items = new ArrayList<>(names);
            if (r != null) {
                items.removeAll(r.outcomes());
            }
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
        if (r != null && r.outcomes().size() > 1) {
            task.setText("Several outcomes — " + String.join(", ", r.outcomes()) + ": "
                    + (c.shape() != null && c.shape().outputs().size() > 1
                    ? "one output block per outcome, each named after its column."
                    : "one vector output (a numeric outcome per step), or one output block per outcome once the "
                    + "graph has several."));
            return;
        }
        if (c.task() == Task.CLASSIFICATION) {
            List<String> lv = c.classLevels();
            String shown = lv.size() <= 6 ? String.join(", ", lv) : String.join(", ", lv.subList(0, 6)) + ", …";
            task.setText("Classification — " + name + " has " + lv.size() + " classes (" + shown + ").");
        } else {
            task.setText("Regression — predicts the number " + name + ".");
        }
    }
}
