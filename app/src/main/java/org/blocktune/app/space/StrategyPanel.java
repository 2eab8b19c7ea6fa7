package org.blocktune.app.space;

import java.util.Optional;
import javafx.geometry.Insets;
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
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.tune.strategy.SearchStrategy;
import org.blocktune.core.tune.strategy.SearchStrategy.Kind;

/**
 * The search strategy beside the grid: every candidate on every resample, racing over resamples
 * (ANOVA or win/loss, with burn-in and alpha), Hyperband over epochs (max epochs and factor), and for
 * the grid the median pruner (startup candidates and warm-up epochs), with a line on what each does.
 */
final class StrategyPanel {
    private final Workbench wb;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextField burnIn = Fields.text("raceBurnIn", "3", 4);
    private final TextField alpha = Fields.text("raceAlpha", "0.05", 5);
    private final TextField maxEpochs = Fields.text("hyperbandMaxEpochs", "0", 5);
    private final TextField factor = Fields.text("hyperbandFactor", "3", 4);
    private final CheckBox prune = new CheckBox("Stop poor fits early (median pruning)");
    private final TextField startup = Fields.text("pruneStartup", "5", 4);
    private final TextField warmup = Fields.text("pruneWarmup", "0", 4);
    private final Label problem = Fields.problemLabel("strategyProblem");
    private final Label note = new Label();
    private final VBox root = new VBox(6);
    private boolean updating;

    StrategyPanel(Workbench wb) {
        this.wb = wb;
        kind.setId("strategyKind");
        kind.getItems().setAll(Kind.values());
        kind.setCellFactory(v -> kindCell());
        kind.setButtonCell(kindCell());
        prune.setId("pruneMedian");
        note.setId("strategyNote");
        note.setWrapText(true);
        note.getStyleClass().add("inspector-description");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Strategy"), kind);
        HBox race = row(new Label("burn-in resamples"), burnIn, new Label("alpha"), alpha);
        HBox hyper = row(new Label("max epochs (0 = fit_epochs)"), maxEpochs, new Label("factor"), factor);
        // a flow, not a row: in a narrow window the settings go to a second line instead of ending in "…"
        javafx.scene.layout.FlowPane pruning = new javafx.scene.layout.FlowPane(6, 4, prune,
                row(fixed("startup candidates"), startup), row(fixed("warm-up epochs"), warmup));
        pruning.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pruning.setPrefWrapLength(360);
        g.add(race, 1, 1);
        g.add(hyper, 1, 2);
        g.add(pruning, 0, 3, 2, 1);
        show(race, kind.valueProperty().isEqualTo(Kind.RACE_ANOVA).or(kind.valueProperty().isEqualTo(Kind.RACE_WIN_LOSS)));
        show(hyper, kind.valueProperty().isEqualTo(Kind.HYPERBAND));
        show(pruning, kind.valueProperty().isEqualTo(Kind.GRID));
        startup.disableProperty().bind(prune.selectedProperty().not());
        warmup.disableProperty().bind(prune.selectedProperty().not());
        root.getChildren().addAll(g, problem, note);
        root.setPadding(new Insets(8));
        root.setId("strategyPanel");
        kind.valueProperty().addListener((o, a, b) -> publish());
        prune.selectedProperty().addListener((o, a, b) -> publish());
        for (TextField f : new TextField[] {burnIn, alpha, maxEpochs, factor, startup, warmup}) {
            f.textProperty().addListener((o, a, b) -> publish());
        }
        wb.strategyProperty().addListener((o, a, b) -> reflect());
        reflect();
    }

    Node node() {
        return root;
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
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
                setText(empty || k == null ? null : label(k));
            }
        };
    }

    static String label(Kind k) {
        return switch (k) {
            case GRID -> "Every candidate on every resample";
            case RACE_ANOVA -> "Racing (ANOVA)";
            case RACE_WIN_LOSS -> "Racing (win/loss)";
            case HYPERBAND -> "Hyperband";
        };
    }

    private static String explain(SearchStrategy s) {
        return switch (s.kind()) {
            case GRID -> s.pruning() == null ? "Fits every candidate on every resample for its full epochs."
                    : "Fits every candidate, but stops a fit whose held-out loss at an epoch is worse than the median of "
                    + "earlier candidates' at that epoch on the same resample (as Optuna's MedianPruner).";
            case RACE_ANOVA -> "Fits every candidate on the first " + s.race().burnIn() + " resamples, then after each "
                    + "resample drops those an ANOVA finds worse than the best (alpha " + s.race().alpha() + "), as "
                    + "tidymodels' tune_race_anova. Needs more resamples than the burn-in.";
            case RACE_WIN_LOSS -> "Like ANOVA racing, but drops candidates by their wins and losses against each other "
                    + "on the resamples (a Bradley-Terry model, as tune_race_win_loss).";
            case HYPERBAND -> "Trains many candidates for a few epochs and the best of them for more, in Keras Tuner's "
                    + "brackets (factor " + s.hyperband().factor() + "); fit_epochs must not be tuned.";
        };
    }

    private void publish() {
        if (updating || kind.getValue() == null) {
            return;
        }
        StringBuilder bad = new StringBuilder();
        SearchStrategy now = wb.strategyProperty().get();
        try {
            Kind k = kind.getValue();
            SearchStrategy.RaceSettings race = now.race();
            SearchStrategy.HyperbandSettings hb = now.hyperband();
            SearchStrategy.MedianPruning pruning = null;
            if (k.racing()) {
                Optional<Integer> b = whole(burnIn, "the burn-in", 2, bad);
                Optional<Double> a = real(alpha, bad);
                if (b.isPresent() && a.isPresent()) {
                    race = new SearchStrategy.RaceSettings(b.get(), a.get(), race.numTies(), race.randomize());
                }
            } else if (k == Kind.HYPERBAND) {
                Optional<Integer> m = whole(maxEpochs, "max epochs", 0, bad);
                Optional<Integer> f = whole(factor, "the factor", 2, bad);
                if (m.isPresent() && f.isPresent()) {
                    hb = new SearchStrategy.HyperbandSettings(m.get(), f.get(), hb.iterations());
                }
            } else if (prune.isSelected()) {
                Optional<Integer> s = whole(startup, "startup candidates", 0, bad);
                Optional<Integer> w = whole(warmup, "warm-up epochs", 0, bad);
                if (s.isPresent() && w.isPresent()) {
                    String monitor = now.pruning() == null ? "" : now.pruning().monitor();
                    pruning = new SearchStrategy.MedianPruning(s.get(), w.get(), monitor);
                }
            }
            problem.setText(bad.toString().trim());
            if (bad.length() > 0) {
                return;
            }
            SearchStrategy next = new SearchStrategy(k, race, hb, pruning);
            note.setText(explain(next));
            if (!next.equals(now)) {
                wb.strategyProperty().set(next);
            }
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private static Optional<Integer> whole(TextField f, String what, int min, StringBuilder bad) {
        Optional<Integer> v = Fields.parseInt(f.getText()).filter(x -> x >= min);
        Fields.mark(f, v.isEmpty());
        if (v.isEmpty()) {
            bad.append(what).append(" must be a whole number of at least ").append(min).append(". ");
        }
        return v;
    }

    private static Optional<Double> real(TextField f, StringBuilder bad) {
        Optional<Double> v;
        try {
            double d = Double.parseDouble(f.getText().trim());
            v = d > 0 && d < 1 ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            v = Optional.empty();
        }
        Fields.mark(f, v.isEmpty());
        if (v.isEmpty()) {
            bad.append("alpha must be a number between 0 and 1, e.g. 0.05. ");
        }
        return v;
    }

    private void reflect() {
        SearchStrategy s = wb.strategyProperty().get();
        updating = true;
        try {
            kind.setValue(s.kind());
            setIfValid(burnIn, String.valueOf(s.race().burnIn()));
            setIfValid(alpha, String.valueOf(s.race().alpha()));
            setIfValid(maxEpochs, String.valueOf(s.hyperband().maxEpochs()));
            setIfValid(factor, String.valueOf(s.hyperband().factor()));
            prune.setSelected(s.pruning() != null);
            if (s.pruning() != null) {
                setIfValid(startup, String.valueOf(s.pruning().startupTrials()));
                setIfValid(warmup, String.valueOf(s.pruning().warmupSteps()));
            }
            note.setText(explain(s));
        } finally {
            updating = false;
        }
    }

    private static void setIfValid(TextField f, String v) {
        if (!f.isFocused() && !f.getStyleClass().contains("invalid-value")) {
            f.setText(v);
        }
    }

    /** A label that keeps its whole text. */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
