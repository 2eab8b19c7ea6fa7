package org.blocktune.app.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.blocktune.app.workbench.Navigator;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.fit.History;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.TuneResults;

/**
 * The Results step (tune's {@code collect_metrics}, {@code show_best}, {@code autoplot},
 * {@code select_best}, {@code select_by_one_std_err} and {@code last_fit}). Observes the
 * workbench's run plan and results: a table per candidate (tuned values, mean ± std err and n per
 * metric, the best highlighted), the failed fits with their messages, charts of the chosen metric
 * against each parameter, parallel coordinates and the selected candidates' per-epoch history, and
 * the final fit on the whole training set scored on the test set. Without results it says to go
 * to the Run step.
 */
public final class ResultsScreen {
    private final Workbench wb;
    private final StackPane root = new StackPane();
    private final VBox empty = new VBox(10);
    private final BorderPane content = new BorderPane();
    private final Label heading = new Label();
    private final Label summaryLine = new Label();
    private final Label incomplete = new Label();
    private final ComboBox<String> metricChoice = new ComboBox<>();
    private final ComboBox<String> simplicityChoice = new ComboBox<>();
    private final CheckBox smallestSimplest = new CheckBox("smaller is simpler");
    private final Label status = new Label();
    /** What the chosen metric measures, in a sentence. */
    private final Label metricHelp = new Label();
    private final ResultsTable table = new ResultsTable();
    private final FailuresTable failures = new FailuresTable();
    private final TitledPane failuresBox = new TitledPane();
    private final StringProperty chosen = new SimpleStringProperty();
    private final ChartCard autoplot = new ChartCard("autoplotChart", "metric-by-parameter", this::report);
    private final ChartCard parallel = new ChartCard("parallelChart", "parallel-coordinates", this::report);
    private final ChartCard history = new ChartCard("historyChart", "history", this::report);
    /** What the history chart shows that needs explaining (over-fitting, a growing loss), or null. */
    private final javafx.beans.property.ObjectProperty<org.blocktune.core.explain.Explanation> historyWhy =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final FinalFitPane finalFit = new FinalFitPane(chosen, this::report);
    private final javafx.beans.binding.BooleanBinding finalFitDone = finalFit.outcomeProperty().isNotNull();
    private final StrategyPane strategy = new StrategyPane(this::report);
    private final Tab strategyTab = tab("Strategy", "tab-strategy", strategy.node());
    private final TabPane charts = new TabPane();
    /** The results table, and beside it the failed fits when there are any. */
    private final SplitPane tables = new SplitPane();
    private TuneResults results;
    private org.blocktune.app.predict.PredictWindow predictWindow;
    private TunePlan plan;
    private List<CandidateRow> rows = List.of();
    private List<TunedParameter> parameters = List.of();
    private boolean updating;
    /** The workbench's results changed while this screen was hidden. */
    private boolean stale;
    /** The candidate selected automatically as the best, while the user has not chosen another; else null. */
    private String autoSelected;

    /** @param nav sends the user to another step (the empty state's "Go to Run") */
    public ResultsScreen(Workbench wb, Navigator nav) {
        this.wb = wb;
        finalFit.keepIn(wb.finalModel()); // the final fit belongs to the project (saved with it, reopened)
        finalFit.onPredict(this::showPredict);
        root.setId("resultsScreen");
        root.getStyleClass().addAll("screen", "results-screen");
        buildEmpty(nav);
        tables.getItems().add(table.view());
        buildContent();
        root.getChildren().addAll(content, empty);
        wb.resultsProperty().addListener((o, a, b) -> onFx(() -> {
            if (b == null || a == null) {
                report(""); // a new run or another project: the last messages were about the old results
            }
            refreshWhenShown();
        }));
        wb.runPlanProperty().addListener((o, a, b) -> onFx(this::refreshWhenShown));
        org.blocktune.app.common.Showing.whenShown(root, () -> {
            if (stale) {
                refresh();
            }
        });
        refresh();
    }

    public Node node() {
        return root;
    }

    /** True while the Final fit tab shows a final fit of the run on show (a lesson's "final fit done"). */
    public javafx.beans.value.ObservableBooleanValue finalFitDoneProperty() {
        return finalFitDone;
    }

    // ---- layout ----

    private void buildEmpty(Navigator nav) {
        empty.setId("resultsEmpty");
        empty.getStyleClass().add("placeholder-screen");
        empty.setPadding(new Insets(24));
        empty.setAlignment(Pos.TOP_LEFT);
        Label title = new Label("No results yet");
        title.getStyleClass().add("screen-heading");
        Label body = new Label("Tune on the Run step: it fits every candidate on every resample and scores it. "
                + "The results appear here as the fits finish: a table of each candidate's metrics, charts of "
                + "each metric against the tuned arguments, per-epoch training histories, and the final fit "
                + "of the chosen candidate on the test set. A project saved after a run reopens with its results.");
        body.setWrapText(true);
        body.setMaxWidth(720);
        Button go = new Button("Go to Run");
        go.setId("goToRun");
        go.setOnAction(e -> nav.show(Step.RUN));
        Button predict = new Button("Predict on new data…");
        predict.setId("predictFromEmpty");
        predict.setTooltip(new Tooltip("Predict the rows of a CSV file with a saved model file (.model.zip)"));
        predict.setOnAction(e -> showPredict());
        empty.getChildren().addAll(title, body, new HBox(8, go, predict));
    }

    private void buildContent() {
        content.setId("resultsContent");
        heading.setId("resultsHeading");
        heading.getStyleClass().add("screen-subheading");
        summaryLine.setId("resultsSummary");
        summaryLine.setWrapText(true);
        incomplete.setId("resultsIncomplete");
        incomplete.getStyleClass().add("value-warning");
        incomplete.setWrapText(true);
        incomplete.managedProperty().bind(incomplete.textProperty().isNotEmpty());
        incomplete.visibleProperty().bind(incomplete.textProperty().isNotEmpty());

        metricChoice.setId("metricChoice");
        metricChoice.setTooltip(new Tooltip("The metric that ranks the candidates, colours and charts"));
        metricChoice.valueProperty().addListener((o, a, b) -> {
            metricHelp.setText(org.blocktune.app.common.MetricHelp.of(b));
            if (!updating) {
                refreshBestAndCharts();
            }
        });
        metricChoice.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty ? null : m);
                setTooltip(empty ? null : org.blocktune.app.common.LongTip.of(org.blocktune.app.common.MetricHelp.of(m)));
            }
        });
        metricHelp.setId("metricHelp");
        metricHelp.setWrapText(true);
        metricHelp.getStyleClass().add("inspector-description");
        metricHelp.managedProperty().bind(metricHelp.textProperty().isNotEmpty());
        metricHelp.visibleProperty().bind(metricHelp.textProperty().isNotEmpty());
        Button best = new Button("Select best");
        best.setId("selectBest");
        best.setTooltip(new Tooltip("Select the candidate with the best mean of the chosen metric"));
        best.setOnAction(e -> selectBest());
        simplicityChoice.setId("simplicityChoice");
        simplicityChoice.setTooltip(new Tooltip("The tuned argument that measures how simple a candidate is"));
        smallestSimplest.setId("smallestSimplest");
        smallestSimplest.setSelected(true);
        Button oneSe = new Button("Select by one std err");
        oneSe.setId("selectOneStdErr");
        oneSe.setTooltip(new Tooltip("Select the simplest candidate whose mean is within one standard error of the best"));
        oneSe.setOnAction(e -> selectByOneStdErr());
        Button csv = new Button("Export table (CSV)…");
        csv.setId("exportCsv");
        csv.setOnAction(e -> {
            FileChooser fc = org.blocktune.app.common.Choosers.file("Export the results table");
            fc.setInitialFileName("tune-results.csv");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv"));
            org.blocktune.app.common.Choosers.save(fc, root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(this::exportCsv);
        });
        HBox tools = new HBox(8, new Label("Metric"), metricChoice, best, new Separator(Orientation.VERTICAL),
                new Label("Simplicity"), simplicityChoice, smallestSimplest, oneSe, new Separator(Orientation.VERTICAL), csv);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, heading, summaryLine, incomplete, tools, metricHelp);
        top.setPadding(new Insets(8, 8, 6, 8));
        content.setTop(top);

        failuresBox.setId("failuresBox");
        failuresBox.setContent(failures.view());
        failuresBox.setCollapsible(false);
        failuresBox.setMaxHeight(Double.MAX_VALUE);
        table.view().setMinHeight(80);
        failuresBox.setMinWidth(160);
        tables.setMinHeight(100);

        charts.setId("resultsCharts");
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.getTabs().addAll(tab("Metric vs parameters", "tab-autoplot", autoplot.node()),
                tab("Parallel coordinates", "tab-parallel", parallel.node()),
                tab("History", "tab-history", org.blocktune.app.teach.WhyButton.over(history.node(), historyWhy,
                        "historyWhy")),
                tab("Final fit", "tab-finalfit", finalFit.node()), strategyTab);
        charts.setMinHeight(120);
        SplitPane split = new SplitPane(tables, charts);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        org.blocktune.app.common.WindowLayout.remember("results", split);
        content.setCenter(split);

        status.setId("resultsStatus");
        status.setPadding(new Insets(2, 8, 4, 8));
        status.getStyleClass().add("inspector-description");
        content.setBottom(status);

        table.view().getSelectionModel().getSelectedItems().addListener((ListChangeListener<CandidateRow>) c -> {
            if (!updating) {
                // the user (or Select best / one std err) chose: keep their selection from now on
                autoSelected = null;
                onSelection();
            }
        });
    }

    /** Shows the "Predict on new data" window (made on first use). */
    public void showPredict() {
        if (predictWindow == null) {
            predictWindow = new org.blocktune.app.predict.PredictWindow(wb);
        }
        predictWindow.show(root.getScene() == null ? null : root.getScene().getWindow());
    }

    /** The "Predict on new data" window, or null before it was first shown. */
    public org.blocktune.app.predict.PredictWindow predictWindow() {
        return predictWindow;
    }

    private static Tab tab(String title, String id, Node node) {
        Tab t = new Tab(title, node);
        t.setId(id);
        return t;
    }

    // ---- updates ----

    /**
     * Shows the workbench's results now when this screen is on show; else only tells the final fit
     * and catches up when the screen comes on show (a run publishes partial results every second or
     * so, and rebuilding the table and charts nobody sees would take the FX thread from the Run step).
     */
    private void refreshWhenShown() {
        if (org.blocktune.app.common.Showing.of(root)) {
            refresh();
        } else {
            stale = true;
            finalFit.setRun(wb.runPlanProperty().get(), wb.resultsProperty().get());
        }
    }

    private void refresh() {
        stale = false;
        results = wb.resultsProperty().get();
        plan = wb.runPlanProperty().get();
        boolean none = results == null || results.candidates().isEmpty();
        empty.setVisible(none);
        content.setVisible(!none);
        finalFit.setRun(plan, results);
        if (none) {
            rows = List.of();
            return;
        }
        updating = true;
        try {
            rows = CandidateRow.of(results);
            parameters = TunedParameter.of(results, plan);
            List<String> metrics = results.metricNames();
            String metric = metricChoice.getValue();
            if (!metrics.equals(metricChoice.getItems())) {
                metricChoice.getItems().setAll(metrics);
            }
            metricChoice.setValue(metric != null && metrics.contains(metric) ? metric : metrics.get(0));
            List<String> names = results.info().parameterNames();
            String simple = simplicityChoice.getValue();
            if (!names.equals(simplicityChoice.getItems())) {
                simplicityChoice.getItems().setAll(names);
            }
            simplicityChoice.setValue(simple != null && names.contains(simple) ? simple : defaultSimplicity(names));
            table.show(rows, names, metrics);
            followBest();
        } finally {
            updating = false;
        }
        int fits = results.records().size();
        int failed = results.failures().size();
        int skipped = (int) results.records().stream().filter(r -> r.status() == org.blocktune.core.tune.FitStatus.ELIMINATED
                || r.status() == org.blocktune.core.tune.FitStatus.PRUNED).count();
        boolean hyperband = results.info().strategy().kind() == org.blocktune.core.tune.strategy.SearchStrategy.Kind.HYPERBAND;
        int expected = hyperband ? fits + (results.cancelled() ? 1 : 0)
                : results.candidates().size() * results.info().splitIds().size();
        heading.setText("Results of " + results.info().specName() + ": " + plural(results.candidates().size(), "candidate")
                + " × " + plural(results.info().splitIds().size(), "resample"));
        summaryLine.setText((fits - failed - skipped) + " of " + fits + " recorded fits succeeded"
                + (skipped > 0 ? " (" + skipped + " eliminated or pruned by the search strategy; see its tab)" : "")
                + (failed > 0 ? "; " + plural(failed, "fit") + " failed (listed beside the table)." : ".")
                + " Metrics are means over resamples ± their standard error; n is how many resamples gave a value.");
        incomplete.setText(fits < expected ? "Incomplete run: " + fits + " of " + expected
                + " fits are recorded (still running, or cancelled). The numbers will change as fits are added." : "");
        failures.show(results.failures());
        failuresBox.setText(plural(failed, "failed fit") + " (the run went on without them)");
        if (failed > 0 && !tables.getItems().contains(failuresBox)) {
            tables.getItems().setAll(table.view(), failuresBox);
            tables.setDividerPositions(0.64);
        } else if (failed == 0 && tables.getItems().contains(failuresBox)) {
            tables.getItems().setAll(table.view());
        }
        refreshBestAndCharts();
    }

    private void refreshBestAndCharts() {
        if (results == null || rows.isEmpty()) {
            return;
        }
        String metric = metric();
        List<MetricSummary> best = results.showBest(metric, 1);
        table.bestIdProperty().set(best.isEmpty() ? null : best.get(0).candidateId());
        boolean was = updating;
        updating = true;
        try {
            followBest();
        } finally {
            updating = was;
        }
        table.view().refresh();
        strategy.show(results, metric);
        onSelection();
    }

    /** Shows the workbench's results at once (tests use it on a screen that is not on show). */
    void refreshForTest() {
        refresh();
    }

    /** The Strategy tab's content (racing plot, bracket view, compute saved), for tests. */
    StrategyPane strategyPane() {
        return strategy;
    }

    /**
     * Selects the best candidate by the chosen metric unless the user chose rows themselves: while
     * partial results arrive the best changes, and the selection (so the history and the final fit)
     * follows it until the user selects something else.
     */
    private void followBest() {
        List<String> selected = table.selectedIds();
        boolean automatic = selected.isEmpty() || (autoSelected != null && selected.equals(List.of(autoSelected)));
        if (!automatic) {
            return;
        }
        List<MetricSummary> best = results.showBest(metric(), 1);
        if (best.isEmpty()) {
            return;
        }
        String id = best.get(0).candidateId();
        if (!selected.equals(List.of(id))) {
            table.select(id, false);
        }
        autoSelected = id;
    }

    private void onSelection() {
        if (results == null) {
            return;
        }
        CandidateRow focused = table.view().getSelectionModel().getSelectedItem();
        chosen.set(focused == null ? null : focused.id());
        String metric = metric();
        Set<String> selected = new LinkedHashSet<>(table.selectedIds());
        autoplot.show(AutoplotChart.of(rows, parameters, metric, selected));
        parallel.show(ParallelCoordinatesChart.of(rows, parameters, metric, selected));
        Map<String, Map<String, History>> all = results.histories();
        Map<String, Map<String, History>> chosenHistories = new LinkedHashMap<>();
        for (String id : selected) {
            if (all.containsKey(id)) {
                chosenHistories.put(id, all.get(id));
            }
        }
        history.show(HistoryChart.of(chosenHistories, metric));
        historyWhy.set(org.blocktune.core.explain.HistoryDiagnosis.of(chosenHistories.values().stream()
                .flatMap(h -> h.values().stream()).toList()).orElse(null));
    }

    // ---- actions ----

    /** Selects the best candidate by the chosen metric (tune's {@code select_best}). */
    void selectBest() {
        try {
            String id = results.selectBest(metric()).id();
            table.select(id);
            report("Best by " + metric() + " (" + direction() + "): " + id + " " + results.candidate(id).values() + ".");
        } catch (RuntimeException e) {
            report(e.getMessage());
        }
    }

    /** Selects the simplest candidate within one standard error of the best (tune's {@code select_by_one_std_err}). */
    void selectByOneStdErr() {
        String p = simplicityChoice.getValue();
        if (p == null) {
            report("There are no tuned arguments to measure simplicity by.");
            return;
        }
        try {
            String id = results.selectByOneStdErr(metric(), p, smallestSimplest.isSelected()).id();
            table.select(id);
            report("Simplest within one std err of the best " + metric() + " (" + p + ", "
                    + (smallestSimplest.isSelected() ? "smaller" : "larger") + " is simpler): " + id + " "
                    + results.candidate(id).values() + ".");
        } catch (RuntimeException e) {
            report(e.getMessage());
        }
    }

    /** Writes the results table (rows in their shown order) as CSV. */
    void exportCsv(Path file) {
        try {
            ResultsCsv.write(file, table.shownRows(), results.info().parameterNames(), results.metricNames());
            report("Saved the results table to " + file);
        } catch (IOException | RuntimeException e) {
            report("Could not write " + file + ": " + e.getMessage());
        }
    }

    // ---- for tests ----

    ResultsTable table() {
        return table;
    }

    ChartCard autoplot() {
        return autoplot;
    }

    ChartCard parallel() {
        return parallel;
    }

    /** The final fit on show, for File ▸ Export ▸ Report; null when there is none. */
    public org.blocktune.app.report.ReportInput.FinalFit finalFitForReport() {
        FinalFitOutcome o = finalFit.outcomeProperty().get();
        return o == null ? null : new org.blocktune.app.report.ReportInput.FinalFit(o.candidateId(),
                o.fit().testMetrics(), o.fit().predictions() == null ? 0 : o.fit().predictions().rowCount());
    }

    ChartCard history() {
        return history;
    }

    FinalFitPane finalFit() {
        return finalFit;
    }

    ComboBox<String> metricChoice() {
        return metricChoice;
    }

    TabPane charts() {
        return charts;
    }

    // ---- helpers ----

    private String metric() {
        String m = metricChoice.getValue();
        return m != null ? m : results.metricNames().get(0);
    }

    private String direction() {
        return Metric.byName(metric()).direction() == org.blocktune.core.metrics.Direction.MAXIMIZE
                ? "larger is better" : "smaller is better";
    }

    /** A parameter that plausibly measures simplicity: units, depth (num_), filters, else the first. */
    private static String defaultSimplicity(List<String> names) {
        for (String hint : List.of("units", "num_", "filters", "epochs")) {
            for (String n : names) {
                if (n.contains(hint)) {
                    return n;
                }
            }
        }
        return names.isEmpty() ? null : names.get(0);
    }

    private void report(String text) {
        status.setText(text);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
