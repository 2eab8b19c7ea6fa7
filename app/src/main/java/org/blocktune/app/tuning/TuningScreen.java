package org.blocktune.app.tuning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.blocktune.app.common.Fields;
import org.blocktune.app.common.Latest;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.workbench.DataCheck;
import org.blocktune.app.workbench.Navigator;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.io.Project;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitKey;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.RunInfo;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * The Run step: tunes the workbench's setup. The user chooses the metrics (the first is optimised),
 * the workers and the run folder, then Start, Cancel or Resume. The run happens in a background
 * {@link RunTask}; its events reach the FX thread through a {@link RunFeed} drained once per pulse
 * by a {@link PulseTimer}, which also measures the longest pulse gap. The screen shows the overall
 * progress with elapsed and estimated time left, each running fit with its own progress bar, a live
 * loss curve, and a table of finished fits (failed ones with their message). When the run ends the
 * workbench's run plan and results are set and "Show results" leads to the Results step.
 */
public final class TuningScreen {
    private static final System.Logger LOG = System.getLogger(TuningScreen.class.getName());

    /** The project as it would be saved now (editor and workbench parts). */
    @FunctionalInterface
    public interface ProjectSource {
        Project current() throws IOException;
    }

    private final Workbench wb;
    private final EditorDocument doc;
    private final ProjectSource projectSource;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final MetricsChooser metrics;
    private final Spinner<Integer> workers = new Spinner<>(0, 64, 0);
    private final RunPlaceChooser placeChooser = new RunPlaceChooser();
    private final Label workersLine = new Label();
    private final TextField folderField = new TextField();
    private final Label folderLine = new Label();
    private final Label folderStateLine = new Label();
    private final Button start = new Button("Start");
    private final Button cancel = new Button("Cancel");
    private final Button resume = new Button("Resume");
    private final Button showResults = new Button("Show results");
    private final Label planLine = new Label();
    private final ProgressBar overall = new ProgressBar(0);
    private final Label progressLine = new Label();
    private final Label headline = new Label("Not run yet.");
    private final VBox errorBox = new VBox(4);
    private final Label errorText = new Label();
    private final Label warnings = new Label();
    private final ObservableList<RunningFit> running = FXCollections.observableArrayList();
    private final Map<FitKey, RunningFit> runningByKey = new LinkedHashMap<>();
    private final LossChart chart = new LossChart();
    private final FitTable table = new FitTable();
    private final Latest<FolderState> folderState = new Latest<>();
    private final PulseTimer pulses = new PulseTimer(this::drain);
    private final LocalDateTime sessionTime = LocalDateTime.now();
    private final List<Runnable> afterRun = new ArrayList<>();
    private RunTask task;
    private RunFeed feed;
    private RunInfo info;
    private int total;
    private int alreadyDone;
    private int done;
    private int failed;
    private long startNanos;
    private long lastPublish;
    private boolean unpublished;
    private double lastLongestGap = Double.NaN;
    private double lastGapAt = Double.NaN;

    public TuningScreen(Workbench wb, ProjectSource projectSource, Navigator nav) {
        this.wb = wb;
        this.doc = wb.document();
        this.projectSource = projectSource;
        this.nav = nav;
        this.metrics = new MetricsChooser(wb);
        root.setId("runScreen");
        root.getStyleClass().addAll("screen", "run-screen");
        root.setTop(top());
        root.setCenter(center());
        wire();
        refreshFolder();
        refreshPlan();
        refreshButtons();
        showStored(wb.resultsProperty().get());
        // load the project-file classes (Jackson) before Start needs them, so Start does not stall the FX thread
        org.blocktune.app.common.Background.run(() -> org.blocktune.core.io.Project.of(
                org.blocktune.core.spec.SequentialSpec.named("warm-up")));
    }

    public Node node() {
        return root;
    }

    // ---- layout ----

    /** A label of the run settings that keeps its full text however narrow the window. */
    private static Label settingLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private Node top() {
        GridPane setup = new GridPane();
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        // the label column never shrinks below its labels' width (else they are cut to "Metr…")
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        setup.getColumnConstraints().addAll(labels, fields);
        setup.setHgap(8);
        setup.setVgap(6);
        setup.add(settingLabel("Metrics"), 0, 0);
        setup.add(metrics.node(), 1, 0);
        workers.setId("runWorkers");
        workers.setEditable(true);
        workers.setPrefWidth(80);
        workersLine.setId("runWorkersLine");
        workersLine.getStyleClass().add("inspector-description");
        HBox workerRow = new HBox(8, workers, workersLine);
        workerRow.setAlignment(Pos.CENTER_LEFT);
        setup.add(settingLabel("Workers"), 0, 1);
        setup.add(workerRow, 1, 1);
        folderField.setId("runFolder");
        folderField.setEditable(false);
        folderField.setPrefColumnCount(48);
        HBox.setHgrow(folderField, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("chooseRunFolder");
        choose.setOnAction(e -> chooseFolder());
        Button byDefault = new Button("Default");
        byDefault.setId("defaultRunFolder");
        byDefault.setOnAction(e -> wb.runFolderProperty().set(null));
        byDefault.disableProperty().bind(wb.runFolderProperty().isNull());
        // the buttons keep their text in a narrow window; the folder field gives way instead
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        byDefault.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox folderRow = new HBox(8, folderField, choose, byDefault);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        folderLine.setId("runFolderLine");
        folderLine.setWrapText(true);
        folderLine.getStyleClass().add("inspector-description");
        folderStateLine.setId("runFolderState");
        folderStateLine.setWrapText(true);
        folderStateLine.getStyleClass().add("inspector-description");
        setup.add(settingLabel("Run folder"), 0, 2);
        setup.add(new VBox(2, folderRow, folderLine, folderStateLine), 1, 2);
        setup.add(settingLabel("Run on"), 0, 3);
        setup.add(placeChooser.node(), 1, 3);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        TitledPane setupPane = new TitledPane("Run settings", setup);
        setupPane.setId("runSettings");
        setupPane.setCollapsible(false);

        start.setId("startRun");
        cancel.setId("cancelRun");
        resume.setId("resumeRun");
        showResults.setId("showResults");
        start.setOnAction(e -> start(false));
        resume.setOnAction(e -> start(true));
        cancel.setOnAction(e -> cancel());
        showResults.setOnAction(e -> nav.show(Step.RESULTS));
        planLine.setId("runPlanLine");
        planLine.setWrapText(true);
        planLine.getStyleClass().add("live-line");
        HBox actions = new HBox(8, start, cancel, resume, showResults, planLine);
        actions.setAlignment(Pos.CENTER_LEFT);

        overall.setId("runProgress");
        overall.setPrefWidth(260);
        progressLine.setId("runProgressText");
        headline.setId("runHeadline");
        headline.getStyleClass().add("screen-subheading");
        headline.setWrapText(true);
        HBox progressRow = new HBox(8, overall, progressLine);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        errorBox.setId("runError");
        errorBox.getStyleClass().add("error-box");
        Label errTitle = new Label("The run could not go ahead");
        errTitle.getStyleClass().add("error-title");
        errorText.setId("runErrorText");
        errorText.setWrapText(true);
        errorBox.getChildren().addAll(errTitle, errorText);
        errorBox.managedProperty().bind(errorBox.visibleProperty());
        errorBox.setVisible(false);
        warnings.setId("runWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("value-warning");
        warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());

        VBox top = new VBox(6, setupPane, actions, progressRow, headline, errorBox, warnings);
        top.setPadding(new Insets(8));
        return top;
    }

    private Node center() {
        ListView<RunningFit> list = new ListView<>(running);
        list.setId("runningFits");
        list.setAccessibleText("Running fits");
        list.setPlaceholder(new Label("No fit is running."));
        list.setCellFactory(v -> new RunningFitCell());
        list.setMinHeight(60);
        Label runningTitle = new Label("Running fits");
        runningTitle.getStyleClass().add("task-label");
        VBox left = new VBox(4, runningTitle, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label chartTitle = new Label("Loss per epoch (solid: training, dashed: validation)");
        chartTitle.getStyleClass().add("task-label");
        VBox right = new VBox(4, chartTitle, chart.node());
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        SplitPane upper = new SplitPane(left, right);
        upper.setDividerPositions(0.42);
        Label tableTitle = new Label("Finished fits");
        tableTitle.getStyleClass().add("task-label");
        VBox lower = new VBox(4, tableTitle, table.node());
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        org.blocktune.app.common.WindowLayout.remember("run.upper", upper);
        org.blocktune.app.common.WindowLayout.remember("run.lower", split);
        split.setPadding(new Insets(0, 8, 8, 8));
        split.setMinHeight(0);
        return split;
    }

    /**
     * A running fit: what it is, a progress bar, and where it is (epoch, batch, loss). The title wraps
     * within the list's width (a long list of tuned values is shown whole, not cut off behind a
     * sideways scroll bar).
     */
    static final class RunningFitCell extends ListCell<RunningFit> {
        private final Label title = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, title, new HBox(6, bar, detail));

        RunningFitCell() {
            setPrefWidth(0); // as wide as the list, so the title wraps instead of widening the cell
            title.setWrapText(true);
            title.setId("runningFitTitle");
            bar.setPrefWidth(140);
            detail.getStyleClass().add("inspector-description");
            getStyleClass().add("running-fit");
        }

        @Override
        protected void updateItem(RunningFit f, boolean empty) {
            super.updateItem(f, empty);
            bar.progressProperty().unbind();
            detail.textProperty().unbind();
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            title.setText(f.title());
            bar.progressProperty().bind(f.progressProperty());
            detail.textProperty().bind(f.detailProperty());
            setGraphic(box);
        }
    }

    // ---- wiring ----

    private void wire() {
        workers.getValueFactory().setValue(wb.workersProperty().get());
        workers.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != wb.workersProperty().get()) {
                wb.workersProperty().set(b);
            }
        });
        wb.workersProperty().addListener((o, a, b) -> {
            if (!b.equals(workers.getValue())) {
                workers.getValueFactory().setValue(b.intValue());
            }
            refreshWorkers();
        });
        refreshWorkers();
        wb.runFolderProperty().addListener((o, a, b) -> refreshFolder());
        wb.setupProperty().addListener((o, a, b) -> {
            if (!a.spec().name().equals(b.spec().name())) {
                refreshFolder(); // an unsaved project's folder is named after the model
            }
        });
        doc.addListener(c -> {
            if (c == EditorDocument.Change.FILE) {
                refreshFolder();
            }
        });
        folderState.valueProperty().addListener((o, a, b) -> {
            folderStateLine.setText(b == null ? "" : b.describe());
            refreshButtons();
        });
        wb.candidatesProperty().addListener((o, a, b) -> refreshPlan());
        wb.keptProperty().addListener((o, a, b) -> refreshPlan());
        wb.resamplingProperty().addListener((o, a, b) -> refreshPlan());
        wb.dataProperty().addListener((o, a, b) -> refreshPlan());
        wb.dataCheckProperty().addListener((o, a, b) -> refreshPlan());
        wb.candidatesBusyProperty().addListener((o, a, b) -> refreshButtons());
        wb.resultsProperty().addListener((o, a, b) -> {
            if (task == null) {
                showStored(b);
            }
            refreshButtons();
        });
        wb.runsClearedProperty().addListener((o, a, b) -> {
            if (task == null) {
                forgetRun();
            }
        });
    }

    private void refreshWorkers() {
        int cores = Runtime.getRuntime().availableProcessors();
        int auto = TuneRunner.automaticWorkers(cores);
        int w = wb.workersProperty().get();
        workersLine.setText(w == 0
                ? "0 = automatic: " + auto + " fit" + (auto == 1 ? "" : "s") + " at once on this machine (one per core, "
                        + "at most 4; " + cores + " core" + (cores == 1 ? "" : "s") + ")."
                : w + " fit" + (w == 1 ? "" : "s") + " at once" + (w > cores ? " (more than the " + cores
                        + " cores: they will share them)" : "") + ". 0 chooses automatically (" + auto + " here).");
    }

    /** The folder the next run uses. */
    public Path folder() {
        return RunFolders.effective(wb.runFolderProperty().get(), doc.file(), doc.spec().name(), sessionTime);
    }

    private void refreshFolder() {
        Path f = folder();
        folderField.setText(f.toString());
        if (wb.runFolderProperty().get() != null) {
            folderLine.setText("Chosen folder; the project file remembers it when you save.");
        } else if (doc.file().isPresent()) {
            folderLine.setText("Default: beside the project file, as the command line uses it "
                    + "(blocktune tune " + doc.file().get().getFileName() + ").");
        } else {
            folderLine.setText("The project is not saved yet, so the run goes to a new folder under "
                    + RunFolders.unsavedRoot() + ". Save the project first to keep its runs beside it; "
                    + "if you run first, the project remembers this folder when you save it.");
        }
        folderState.compute(() -> FolderState.of(f));
    }

    private void refreshPlan() {
        DataCheck check = wb.dataCheckProperty().get();
        if (wb.dataProperty().get() == null) {
            planLine.setText("Load data on the Data step first.");
        } else if (check == null) {
            planLine.setText("Checking the data…");
        } else if (!check.ok()) {
            planLine.setText("The data is not ready: " + String.join("; ", check.problems()));
        } else if (wb.candidates() != null && wb.candidates().problem() != null) {
            planLine.setText("No grid: " + wb.candidates().problem());
        } else {
            int n = wb.runCandidates().size();
            int r = resamples();
            boolean bayes = wb.gridProperty().get().kind() == GridSettings.Kind.BAYESIAN && wb.keptProperty().get() == null;
            planLine.setText(bayes
                    ? "Bayesian search: an initial design of " + n + " candidate" + (n == 1 ? "" : "s")
                            + ", then one proposal at a time, each on " + r + " resample" + (r == 1 ? "" : "s") + "."
                    : n + " candidate" + (n == 1 ? "" : "s")
                            + (wb.keptProperty().get() != null ? " (valid rows kept after the dry run)" : "")
                            + " × " + r + " resample" + (r == 1 ? "" : "s") + " = " + n * r + " fits.");
        }
        refreshButtons();
    }

    private int resamples() {
        return wb.resamplingProperty().get().count();
    }

    private boolean ready() {
        DataCheck c = wb.dataCheckProperty().get();
        return wb.dataProperty().get() != null && c != null && c.ok() && !wb.candidatesBusyProperty().get()
                && !wb.runCandidates().isEmpty();
    }

    private void refreshButtons() {
        boolean busy = task != null;
        FolderState fs = folderState.get();
        Fields.disable(start, busy || !ready(), root);
        Fields.disable(resume, busy || !ready() || fs == null || !fs.unfinished(), root);
        Fields.disable(cancel, !busy || task.stopping(), root);
        showResults.setDisable(busy || wb.resultsProperty().get() == null);
    }

    private void chooseFolder() {
        DirectoryChooser dc = org.blocktune.app.common.Choosers.folder("Run folder");
        Path f = folder();
        Path existing = f;
        while (existing != null && !existing.toFile().isDirectory()) {
            existing = existing.getParent();
        }
        if (existing != null) {
            dc.setInitialDirectory(existing.toFile());
        }
        var chosen = dc.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            org.blocktune.app.common.Choosers.remember(chosen.toPath());
            wb.runFolderProperty().set(chosen.toPath());
        }
    }

    // ---- running ----

    /** True while a run is on. */
    public boolean running() {
        return task != null;
    }

    /** Asks the running run to stop, then runs {@code then} on the FX thread once it has stopped. */
    public void cancelThen(Runnable then) {
        if (task == null) {
            then.run();
            return;
        }
        afterRun.add(then);
        cancel();
    }

    /** A line describing the FX pulses of the last run (longest gap, when, how many pulses). */
    String pulseReport() {
        return String.format(Locale.ROOT, "longest gap between FX pulses %.1f ms, starting %.0f ms after the run "
                + "started; %d pulses", lastLongestGap, lastGapAt, pulses.pulses());
    }

    /** The longest gap between FX pulses during the last run, in milliseconds (NaN before any run). */
    public double longestPulseGapMillis() {
        return lastLongestGap;
    }

    private void cancel() {
        if (task != null) {
            task.stop();
            headline.setText("Cancelling: the running fits stop within a second; finished fits are kept…");
            refreshButtons();
        }
    }

    /** Starts (or, with {@code resume}, continues) a run of the current setup. */
    public void start(boolean resume) {
        if (task != null || !ready()) {
            return;
        }
        errorBox.setVisible(false);
        org.blocktune.core.tune.FitPlace place;
        try {
            place = placeChooser.place();
        } catch (IllegalStateException | IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        Path f = folder();
        FolderState fs = folderState.get();
        boolean holds = fs != null && fs.folder().equals(f) ? fs.holdsRun() : FolderState.of(f).holdsRun();
        if (!resume && holds && !confirmReplace(f)) {
            return;
        }
        Project project;
        try {
            if (!resume && holds) {
                RunFolders.clear(f);
            }
            if (wb.runFolderProperty().get() == null && doc.file().isEmpty()) {
                wb.runFolderProperty().set(f); // an unsaved project remembers where its run went
            }
            project = projectSource.current();
        } catch (IOException e) {
            showError(e.getMessage());
            return;
        }
        RunRequest request = new RunRequest(project, doc.file().orElse(null), wb.dataProperty().get(), f, resume);
        feed = new RunFeed(f);
        RunTask[] self = new RunTask[1];
        RunTask t = new RunTask(request, feed, place, plan -> {
            if (task != null && task == self[0]) {
                wb.runPlanProperty().set(plan);
                table.columns(plan.job().parameterNames(),
                        plan.job().metrics().stream().map(m -> m.metricName()).toList());
            }
        });
        self[0] = t;
        task = t;
        info = null;
        total = 0;
        alreadyDone = 0;
        done = 0;
        failed = 0;
        unpublished = false;
        lastPublish = 0;
        runningByKey.clear();
        running.clear();
        table.rows().clear();
        chart.clear();
        warnings.setText("");
        overall.setProgress(-1);
        progressLine.setText("Preparing the data and the candidates…");
        headline.getStyleClass().removeAll("headline-ok", "headline-error"); // not the last run's colour
        headline.setText(resume ? "Resuming the run in " + f.getFileName() + "…" : "Starting…");
        wb.resultsProperty().set(null);
        wb.runPlanProperty().set(null);
        startNanos = System.nanoTime();
        t.setOnSucceeded(e -> finished(t, t.getValue(), null));
        t.setOnFailed(e -> finished(t, null, t.getException()));
        t.setOnCancelled(e -> finished(t, null, null));
        pulses.start();
        folderStateLine.setText("The run is writing to this folder.");
        refreshButtons();
        org.blocktune.app.common.Background.run(t);
    }

    private boolean confirmReplace(Path f) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The folder " + f + " already holds a run. Starting "
                + "deletes its records (run.json and fits.jsonl) and runs every fit again. To keep it, cancel and "
                + "choose another folder, or use Resume for an unfinished run.", replace, ButtonType.CANCEL);
        a.setHeaderText("Replace the earlier run?");
        if (root.getScene() != null) {
            a.initOwner(root.getScene().getWindow());
        }
        return a.showAndWait().filter(b -> b == replace).isPresent();
    }

    /** Hands the run's events to the screen (every pulse while a run is on). */
    private void drain() {
        RunFeed f = feed;
        if (f == null) {
            return;
        }
        boolean[] epochs = {false};
        chart.batch(() -> f.drain(e -> {
            if (e instanceof RunFeed.EpochDone) {
                epochs[0] = true;
            }
            handle(e);
        }, (key, b) -> {
            RunningFit r = runningByKey.get(key);
            if (r != null) {
                r.batch(b.epoch(), b.batch(), b.loss());
            }
        }));
        refreshProgress();
        long now = System.nanoTime();
        if (unpublished && info != null && now - lastPublish > 1_500_000_000L) {
            publishPartial();
            lastPublish = now;
        }
    }

    private void handle(RunFeed.Event e) {
        if (e instanceof RunFeed.Prior p) {
            table.columns(p.results().info().parameterNames(), p.results().metricNames());
            table.rows().setAll(p.results().records());
        } else if (e instanceof RunFeed.Info i) {
            info = i.info();
        } else if (e instanceof RunFeed.Started s) {
            total = s.total();
            alreadyDone = s.alreadyDone();
            done = s.alreadyDone();
            failed = (int) table.rows().stream().filter(FitRecord::failed).count();
            headline.setText(s.alreadyDone() > 0 ? "Resumed: " + s.alreadyDone() + " of " + s.total()
                    + " fits were already done." : "Running " + s.total() + " fits…");
        } else if (e instanceof RunFeed.FitBegan b) {
            RunningFit r = new RunningFit(b.key());
            runningByKey.put(b.key(), r);
            running.add(r);
        } else if (e instanceof RunFeed.TrainingBegan t) {
            RunningFit r = runningByKey.get(t.key());
            if (r != null) {
                r.trainingStarted(t.epochs(), t.batches());
            }
        } else if (e instanceof RunFeed.EpochDone ep) {
            chart.epoch(ep.key(), ep.metrics());
        } else if (e instanceof RunFeed.FitDone d) {
            FitRecord rec = d.record();
            runningByKey.entrySet().removeIf(en -> {
                FitKey k = en.getKey();
                if (k.candidate().id().equals(rec.candidateId()) && k.splitId().equals(rec.splitId())) {
                    running.remove(en.getValue());
                    chart.ended(k);
                    return true;
                }
                return false;
            });
            table.rows().add(rec);
            done++;
            if (rec.failed()) {
                failed++;
            }
            unpublished = true;
        } else if (e instanceof RunFeed.Warned w) {
            warnings.setText((warnings.getText().isEmpty() ? "" : warnings.getText() + "\n") + "⚠ " + w.message());
        }
    }

    private void refreshProgress() {
        if (task == null || total == 0) {
            return;
        }
        overall.setProgress(Math.min(1, done / (double) total));
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double partial = running.stream().mapToDouble(RunningFit::fraction).sum();
        double thisRun = (done - alreadyDone) + partial;
        String left = "";
        if (thisRun > 0.2 && done < total) {
            double perFit = elapsed / thisRun;
            left = " · about " + duration(perFit * (total - done - partial)) + " left";
        }
        progressLine.setText(done + " of " + total + " fits done" + (failed > 0 ? " (" + failed + " failed)" : "")
                + " · elapsed " + duration(elapsed) + left);
    }

    /** Publishes the fits finished so far as the workbench's results, so the Results step can follow the run. */
    private void publishPartial() {
        unpublished = false;
        wb.resultsProperty().set(resultsSoFar(true));
    }

    private TuneResults resultsSoFar(boolean cancelled) {
        Map<String, Candidate> cands = new LinkedHashMap<>();
        info.candidates().forEach(c -> cands.put(c.id(), c));
        for (FitRecord r : table.rows()) {
            cands.putIfAbsent(r.candidateId(), new Candidate(r.candidateId(), r.values()));
        }
        List<Candidate> ordered = new ArrayList<>(cands.values());
        ordered.sort(java.util.Comparator.comparing(Candidate::id));
        return new TuneResults(info, ordered, List.copyOf(table.rows()), List.of(), cancelled);
    }

    private void finished(RunTask t, TuneResults results, Throwable error) {
        if (t != task) {
            return;
        }
        drain();
        chart.flush();
        pulses.stop();
        lastLongestGap = pulses.longestGapMillis();
        lastGapAt = pulses.longestGapStartMillis();
        LOG.log(System.Logger.Level.DEBUG, () -> String.format(Locale.ROOT,
                "tune run: longest gap between FX pulses %.1f ms (from %.0f ms after the start) over %d pulses in %.1f s",
                lastLongestGap, lastGapAt, pulses.pulses(), (System.nanoTime() - startNanos) / 1e9));
        task = null;
        feed = null;
        runningByKey.clear();
        running.clear();
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        if (results != null) {
            table.columns(results.info().parameterNames(), results.metricNames());
            table.rows().setAll(results.records());
            wb.resultsProperty().set(results);
            int ok = (int) results.records().stream().filter(FitRecord::ok).count();
            int bad = results.failures().size();
            overall.setProgress(total == 0 ? 1 : Math.min(1, results.records().size() / (double) total));
            progressLine.setText(results.records().size() + " of " + Math.max(total, results.records().size())
                    + " fits done · elapsed " + duration(elapsed));
            headline.setText(results.cancelled()
                    ? "Cancelled after " + results.records().size() + " of " + total + " fits; the finished fits are "
                            + "kept. Resume finishes the rest."
                    : "Finished: " + ok + " fit" + (ok == 1 ? "" : "s") + " succeeded, " + bad + " failed, in "
                            + duration(elapsed) + ".");
            headline.getStyleClass().removeAll("headline-ok", "headline-error");
            headline.getStyleClass().add(ok == 0 && bad > 0 ? "headline-error" : "headline-ok");
            results.warnings().stream().filter(w -> !warnings.getText().contains(w)).forEach(w -> warnings.setText(
                    (warnings.getText().isEmpty() ? "" : warnings.getText() + "\n") + "⚠ " + w));
        } else {
            overall.setProgress(0);
            progressLine.setText("");
            headline.setText(error == null ? "Stopped." : "The run stopped with an error.");
            if (error != null) {
                showError(error.getMessage() != null ? error.getMessage() : error.toString());
            }
            if (!table.rows().isEmpty() && info != null) {
                wb.resultsProperty().set(resultsSoFar(true));
            }
        }
        refreshFolder();
        refreshButtons();
        List<Runnable> then = new ArrayList<>(afterRun);
        afterRun.clear();
        then.forEach(Runnable::run);
    }

    private void showError(String message) {
        errorText.setText(message);
        errorBox.setVisible(true);
    }

    /** Shows results that were not produced by a run on this screen (a reopened project). */
    private void showStored(TuneResults r) {
        if (r == null) {
            return; // results are cleared only by Workbench.clearRun, whose count forgetRun follows
        }
        table.columns(r.info().parameterNames(), r.metricNames());
        table.rows().setAll(r.records());
        headline.getStyleClass().removeAll("headline-ok", "headline-error");
        int n = r.records().size();
        headline.setText("Results of " + (r.cancelled() ? "an unfinished" : "a") + " run: " + n + " fit"
                + (n == 1 ? "" : "s") + " recorded, " + r.failures().size() + " failed."
                + (r.cancelled() ? " Resume finishes the rest." : ""));
    }

    /** Another project was opened: its Run step starts empty, not with the last project's fits, curves or error. */
    private void forgetRun() {
        table.rows().clear();
        table.columns(List.of(), List.of());
        chart.clear();
        chart.flush();
        running.clear();
        overall.setProgress(0);
        progressLine.setText("");
        warnings.setText("");
        errorBox.setVisible(false);
        headline.getStyleClass().removeAll("headline-ok", "headline-error");
        headline.setText("Not run yet.");
    }

    /** The state of the run folder (for tests). */
    Optional<FolderState> folderState() {
        return Optional.ofNullable(folderState.get());
    }

    /** Curves on the loss chart (for tests). */
    int chartSeries() {
        return chart.seriesCount();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
