package org.blocktune.app.data;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.Fields;
import org.blocktune.app.workbench.DataCheck;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.resample.ResamplingSettings.Scheme;

/**
 * The initial training/testing split, stratification and resampling scheme, with a live line
 * saying what they amount to ("112 training rows → 3 folds of ~75/37"). Bad entries are marked
 * in place and the settings keep their last good value.
 */
final class ResamplingView {
    private final Workbench wb;
    private final TextField trainProp = Fields.text("trainProp", "0.75", 5);
    private final CheckBox stratify = new CheckBox("Stratify by the outcome");
    private final ComboBox<Scheme> scheme = new ComboBox<>();
    private final TextField folds = Fields.text("folds", "3", 4);
    private final TextField repeats = Fields.text("repeats", "1", 4);
    private final TextField times = Fields.text("times", "25", 4);
    private final TextField validationProp = Fields.text("validationProp", "0.75", 5);
    private final Label problem = Fields.problemLabel("resamplingProblem");
    private final Label line = new Label();
    private final VBox root = new VBox(6);
    private boolean updating;

    ResamplingView(Workbench wb) {
        this.wb = wb;
        stratify.setId("stratify");
        scheme.setId("scheme");
        scheme.getItems().setAll(Scheme.values());
        scheme.setCellFactory(v -> schemeCell());
        scheme.setButtonCell(schemeCell());
        line.setId("resamplingLine");
        line.setWrapText(true);
        line.getStyleClass().add("live-line");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        Label share = new Label("Training share");
        share.setMinWidth(Label.USE_PREF_SIZE);
        Label rest = hint("the rest is the test set (1 = no test set)");
        rest.setWrapText(true);
        g.addRow(0, share, trainProp, rest);
        g.add(stratify, 0, 1, 3, 1);
        Label res = new Label("Resampling");
        res.setMinWidth(Label.USE_PREF_SIZE);
        g.addRow(2, res, scheme);
        GridPane.setColumnSpan(scheme, 2);
        HBox vfold = new HBox(6, new Label("v"), folds, new Label("repeats"), repeats);
        vfold.setAlignment(Pos.CENTER_LEFT);
        HBox boot = new HBox(6, new Label("times"), times);
        boot.setAlignment(Pos.CENTER_LEFT);
        HBox valid = new HBox(6, new Label("fit share"), validationProp, hint("of the training rows"));
        valid.setAlignment(Pos.CENTER_LEFT);
        g.add(vfold, 1, 3, 2, 1);
        g.add(boot, 1, 4, 2, 1);
        g.add(valid, 1, 5, 2, 1);
        show(vfold, Scheme.VFOLD);
        show(boot, Scheme.BOOTSTRAP);
        show(valid, Scheme.VALIDATION);
        root.getChildren().addAll(g, problem, line);
        for (TextField f : new TextField[] {trainProp, folds, repeats, times, validationProp}) {
            f.textProperty().addListener((o, a, b) -> publish());
        }
        stratify.setOnAction(e -> publish());
        scheme.valueProperty().addListener((o, a, b) -> publish());
        wb.resamplingProperty().addListener((o, a, b) -> reflect());
        wb.dataCheckProperty().addListener((o, a, c) -> showLine(c));
        wb.dataProperty().addListener((o, a, c) -> showLine(wb.dataCheckProperty().get()));
        reflect();
        showLine(wb.dataCheckProperty().get());
    }

    Node node() {
        return root;
    }

    private void show(Node n, Scheme s) {
        n.visibleProperty().bind(scheme.valueProperty().isEqualTo(s));
        n.managedProperty().bind(n.visibleProperty());
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-description");
        return l;
    }

    private static ListCell<Scheme> schemeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Scheme s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : switch (s) {
                    case VFOLD -> "V-fold cross-validation";
                    case BOOTSTRAP -> "Bootstrap";
                    case VALIDATION -> "Validation split";
                });
            }
        };
    }

    private void publish() {
        if (updating) {
            return;
        }
        StringBuilder bad = new StringBuilder();
        Optional<Double> tp = check(trainProp, Fields.parseDouble(trainProp.getText()).filter(v -> v > 0 && v <= 1),
                "training share must be a number above 0 and at most 1", bad);
        Optional<Integer> v = check(folds, Fields.parseInt(folds.getText()).filter(x -> x >= 2),
                "v must be a whole number of at least 2", bad);
        Optional<Integer> rep = check(repeats, Fields.parseInt(repeats.getText()).filter(x -> x >= 1),
                "repeats must be a whole number of at least 1", bad);
        Optional<Integer> t = check(times, Fields.parseInt(times.getText()).filter(x -> x >= 1),
                "times must be a whole number of at least 1", bad);
        Optional<Double> vp = check(validationProp, Fields.parseDouble(validationProp.getText())
                .filter(x -> x > 0 && x < 1), "fit share must be between 0 and 1", bad);
        problem.setText(bad.toString().trim());
        if (tp.isPresent() && v.isPresent() && rep.isPresent() && t.isPresent() && vp.isPresent()
                && scheme.getValue() != null) {
            wb.resamplingProperty().set(new ResamplingSettings(tp.get(), stratify.isSelected(), scheme.getValue(),
                    v.get(), rep.get(), t.get(), vp.get()));
        }
    }

    private static <T> Optional<T> check(TextField f, Optional<T> value, String message, StringBuilder bad) {
        Fields.mark(f, value.isEmpty());
        if (value.isEmpty()) {
            bad.append(message).append(". ");
        }
        return value;
    }

    private void reflect() {
        ResamplingSettings s = wb.resamplingProperty().get();
        updating = true;
        try {
            setIfDifferent(trainProp, s.trainProp());
            stratify.setSelected(s.stratify());
            scheme.setValue(s.scheme());
            setIfDifferent(folds, s.folds());
            setIfDifferent(repeats, s.repeats());
            setIfDifferent(times, s.times());
            setIfDifferent(validationProp, s.validationProp());
        } finally {
            updating = false;
        }
    }

    private static void setIfDifferent(TextField f, Number v) {
        Optional<Double> now = Fields.parseDouble(f.getText());
        if (now.isEmpty() || now.get() != v.doubleValue()) {
            f.setText(v instanceof Integer ? v.toString() : Fields.format(v));
            Fields.mark(f, false);
        }
    }

    private void showLine(DataCheck c) {
        line.getStyleClass().remove("value-problem");
        if (wb.dataProperty().get() == null) {
            line.setText("Load data to see the split sizes. Seed " + wb.seedProperty().get() + ".");
            return;
        }
        if (c == null) {
            line.setText("…");
            return;
        }
        String resampling = c.problems().stream().filter(p -> p.startsWith("resampling:")).findFirst().orElse(null);
        if (resampling != null) {
            line.setText(resampling);
            line.getStyleClass().add("value-problem");
        } else {
            line.setText(c.resamplingLine() + " Seed " + wb.seedProperty().get() + ".");
        }
    }
}
