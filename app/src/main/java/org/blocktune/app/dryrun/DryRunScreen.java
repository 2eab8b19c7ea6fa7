package org.blocktune.app.dryrun;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.Background;
import org.blocktune.app.common.Fields;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.workbench.Candidates;
import org.blocktune.app.workbench.DataCheck;
import org.blocktune.app.workbench.Navigator;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.compile.CompileGridResult;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.NetworkSummary;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.Problem;

/**
 * The Dry run step (kerasnip {@code compile_keras_grid()}): builds and initialises every candidate
 * without training, in the background, with progress and Cancel. One table row per candidate
 * (status, argument values, parameters, error); choosing a row shows its layer summary or its full
 * error and selects the blocks at fault in the editor. "Keep valid rows only" restricts the
 * candidates the tuning run will use.
 */
public final class DryRunScreen {
    private final Workbench wb;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final Button run = new Button("Run dry run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label headline = new Label("Not run yet.");
    private final Label setupLine = new Label();
    private final Label stale = new Label();
    private final VBox noData = new VBox(6);
    private final TableView<CompiledRow> table = new TableView<>();
    private final ObservableList<CompiledRow> rows = FXCollections.observableArrayList();
    private final BorderPane details = new BorderPane();
    private final Button keep = new Button("Keep valid rows only");
    private final Button useAll = new Button("Use all candidates");
    private final Label keptLabel = new Label();
    private DryRunJob job;
    private CompileGridResult shown;
    /** A dry run stopped because another project was opened; its rows are not shown. */
    private DryRunJob discarded;
    private int shownRevision = -1;
    private boolean useEditorShapes;

    /**
     * @param nav           sends the user to another step
     * @param loadIrisData  loads the Iris example data (offered when no data is loaded)
     */
    public DryRunScreen(Workbench wb, Navigator nav, Runnable loadIrisData) {
        this.wb = wb;
        this.nav = nav;
        root.setId("dryRunScreen");
        root.getStyleClass().add("screen");
        run.setId("runDryRun");
        run.setDefaultButton(false);
        cancel.setId("cancelDryRun");
        progress.setId("dryRunProgress");
        progress.setPrefWidth(220);
        progressText.setId("dryRunProgressText");
        headline.setId("dryRunHeadline");
        headline.getStyleClass().add("screen-subheading");
        setupLine.setId("dryRunSetup");
        setupLine.setWrapText(true);
        setupLine.getStyleClass().add("inspector-description");
        stale.setId("dryRunStale");
        stale.getStyleClass().add("value-warning");
        stale.managedProperty().bind(stale.textProperty().isNotEmpty());
        stale.visibleProperty().bind(stale.textProperty().isNotEmpty());
        run.setOnAction(e -> start());
        cancel.setOnAction(e -> stop());
        cancel.setDisable(true);
        progress.setVisible(false);

        HBox bar = new HBox(8, run, cancel, progress, progressText);
        bar.setAlignment(Pos.CENTER_LEFT);
        buildNoData(loadIrisData);
        VBox top = new VBox(6, bar, headline, setupLine, stale, noData);
        top.setPadding(new Insets(8));
        root.setTop(top);

        buildTable();
        details.setId("dryRunDetails");
        details.setPadding(new Insets(6));
        details.setCenter(new Label("Choose a row to see its layer summary or its error."));
        // small minimum heights, so a long summary or error never pushes the action bar out of the window
        table.setMinHeight(60);
        details.setMinHeight(60);
        SplitPane split = new SplitPane(table, details);
        split.setMinHeight(0);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        org.blocktune.app.common.WindowLayout.remember("dryrun", split);
        root.setCenter(split);

        keep.setId("keepValid");
        useAll.setId("useAllCandidates");
        keptLabel.setId("keptLabel");
        keptLabel.setWrapText(true);
        keep.setOnAction(e -> {
            if (shown != null) {
                wb.keepOnly(shown.validGrid());
            }
        });
        useAll.setOnAction(e -> wb.useAllCandidates());
        HBox bottom = new HBox(8, keep, useAll, keptLabel);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 8, 8, 8));
        root.setBottom(bottom);

        wb.dataCheckProperty().addListener((o, a, c) -> refreshSetup());
        wb.dataProperty().addListener((o, a, c) -> refreshSetup());
        wb.candidatesProperty().addListener((o, a, c) -> refreshSetup());
        wb.keptProperty().addListener((o, a, c) -> refreshKept());
        wb.revisionProperty().addListener((o, a, r) -> refreshStale());
        wb.dryRunProperty().addListener((o, a, r) -> refreshKept());
        wb.runsClearedProperty().addListener((o, a, n) -> forget());
        refreshSetup();
        refreshKept();
    }

    public Node node() {
        return root;
    }

    // ---- layout ----

    private void buildNoData(Runnable loadIrisData) {
        noData.setId("noDataBox");
        noData.getStyleClass().add("error-box");
        noData.managedProperty().bind(noData.visibleProperty());
        Label why = new Label();
        why.setId("noDataText");
        why.setWrapText(true);
        Button toData = new Button("Go to Data");
        toData.setOnAction(e -> nav.show(Step.DATA));
        Button iris = new Button("Load the Iris example data");
        iris.setId("loadIrisForDryRun");
        iris.setOnAction(e -> loadIrisData.run());
        Button editor = new Button();
        editor.setId("useEditorShapes");
        editor.setOnAction(e -> {
            useEditorShapes = true;
            refreshSetup();
        });
        noData.getChildren().addAll(why, new HBox(8, toData, iris, editor));
    }

    private void buildTable() {
        table.setId("dryRunTable");
        table.setAccessibleText("Dry run: one row per candidate");
        table.setItems(rows);
        table.setPlaceholder(new Label("Run the dry run to build every candidate once, without training."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> showDetails(r));
    }

    private void columnsFor(List<String> names) {
        table.getColumns().clear();
        TableColumn<CompiledRow, CompiledRow> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CompiledRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("status-ok", "status-error");
                if (empty || r == null) {
                    setText(null);
                } else {
                    setText(r.ok() ? "✔ ok" : "✖ error");
                    getStyleClass().add(r.ok() ? "status-ok" : "status-error");
                }
            }
        });
        status.setPrefWidth(76);
        TableColumn<CompiledRow, String> number = text("#", r -> String.valueOf(r.index() + 1), 44);
        table.getColumns().add(status);
        table.getColumns().add(number);
        for (String n : names) {
            table.getColumns().add(text(n, r -> Fields.format(r.values().get(n)), Math.max(90, n.length() * 8 + 16)));
        }
        TableColumn<CompiledRow, String> params = text("Params", r -> r.ok() ? String.format("%,d", r.paramCount())
                : "", 90);
        params.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(params);
        TableColumn<CompiledRow, String> error = text("Error", r -> r.error() == null ? ""
                : r.error().replace('\n', ' '), 720);
        table.getColumns().add(error);
    }

    private static TableColumn<CompiledRow, String> text(String title, java.util.function.Function<CompiledRow, String> f,
                                                         double width) {
        TableColumn<CompiledRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    // ---- state ----

    /** The shapes the dry run uses: the loaded data's, or the editor's when the user chose so. */
    private DataShape shapes() {
        DataShape d = wb.dataShape();
        if (d != null) {
            return d;
        }
        return useEditorShapes ? wb.document().data() : null;
    }

    private void refreshSetup() {
        DataShape d = shapes();
        Candidates c = wb.candidates();
        DataCheck check = wb.dataCheckProperty().get();
        boolean noDataLoaded = wb.dataProperty().get() == null;
        noData.setVisible(d == null);
        Label why = (Label) noData.lookup("#noDataText");
        Button editor = (Button) noData.lookup("#useEditorShapes");
        editor.setText("Use the editor's shapes (" + describe(wb.document().data()) + ")");
        if (noDataLoaded) {
            why.setText("No data is loaded, so the input and outcome shapes are unknown. Load data (or an example), "
                    + "or check against the shapes set in the editor's toolbar.");
        } else if (check == null) {
            why.setText("Checking the data…");
        } else if (d == null) {
            why.setText("The data is not ready: " + String.join("; ", check.problems()));
        }
        String data = d == null ? "no data shapes"
                : (wb.dataShape() != null ? wb.dataProperty().get().name() : "the editor's shapes") + " — " + describe(d);
        String cand = c == null ? "…" : c.problem() != null ? "no grid (" + c.problem() + ")"
                : c.size() + (c.size() == 1 ? " candidate" : " candidates");
        setupLine.setText("Model " + wb.setup().spec().name() + " · " + cand + " · built against " + data
                + " · seed " + wb.seedProperty().get());
        Fields.disable(run, job != null || d == null || c == null || c.rows().isEmpty(), cancel.isDisabled() ? null : cancel);
    }

    private static String describe(DataShape d) {
        String in = String.join(", ", d.inputs().values().stream().map(s -> s.keras()).toList());
        OutcomeShape o = d.onlyOutput();
        return "input " + in + " → " + (o.classification() ? o.width() + " classes" : o.width() + " number"
                + (o.width() == 1 ? "" : "s"));
    }

    private void refreshStale() {
        if (shown != null && shownRevision != wb.revisionProperty().get()) {
            stale.setText("⚠ The model, candidates or data changed since this dry run; run it again.");
        } else {
            stale.setText("");
        }
        refreshKept();
    }

    private void refreshKept() {
        List<Map<String, Object>> kept = wb.keptProperty().get();
        Candidates c = wb.candidates();
        int all = c == null ? 0 : c.size();
        if (kept != null) {
            keptLabel.setText("The run will use the " + kept.size() + " valid of " + all + " candidates.");
        } else {
            keptLabel.setText(all == 0 ? "" : all == 1 ? "The run will use the one candidate."
                    : "The run will use all " + all + " candidates.");
        }
        boolean current = shown != null && shownRevision == wb.revisionProperty().get() && !shown.cancelled();
        Fields.disable(keep, !current || kept != null || shown.failedRows().isEmpty() || shown.validRows().isEmpty(),
                useAll.isDisabled() && kept == null ? run : useAll);
        Fields.disable(useAll, kept == null, keep.isDisabled() ? run : keep);
        refreshSetup();
    }

    // ---- running ----

    /** Starts the dry run (the same as pressing the button). */
    public void start() {
        DataShape d = shapes();
        Candidates c = wb.candidates();
        if (job != null || d == null || c == null || c.rows().isEmpty()) {
            return;
        }
        int revision = wb.revisionProperty().get();
        columnsFor(c.names());
        rows.clear();
        shown = null;
        stale.setText("");
        headline.setText("Building " + c.size() + (c.size() == 1 ? " candidate…" : " candidates…"));
        DryRunJob[] self = new DryRunJob[1];
        DryRunJob j = new DryRunJob(wb.setup().spec(), wb.fixedValues(), c.rows(), d, wb.seedProperty().get(),
                batch -> {
                    if (self[0] != discarded) {
                        rows.addAll(batch);
                    }
                });
        self[0] = j;
        job = j;
        progress.setVisible(true);
        progress.progressProperty().bind(j.progressProperty());
        progressText.textProperty().bind(j.messageProperty());
        // move the focus before the Run button is disabled (a disabled focus owner makes the scene
        // traverse into the table being rebuilt)
        cancel.setDisable(false);
        refreshSetup();
        j.setOnSucceeded(e -> finished(j, j.getValue(), revision));
        j.setOnFailed(e -> {
            done(j);
            Throwable x = j.getException();
            headline.setText("The dry run stopped: " + (x.getMessage() == null ? x.toString() : x.getMessage()));
        });
        Background.run(j);
    }

    /** Asks the running dry run to stop after the current row. */
    public void stop() {
        if (job != null) {
            job.stop();
            Fields.disable(cancel, true, headline);
        }
    }

    private void finished(DryRunJob j, CompileGridResult result, int revision) {
        j.drain();
        done(j);
        if (j == discarded) {
            return; // another project was opened while it ran
        }
        rows.setAll(result.rows());
        shown = result;
        shownRevision = revision;
        String head = result.headline();
        if (result.cancelled()) {
            head = "Cancelled after " + result.rows().size() + " of " + wb.candidates().size() + " candidates. " + head;
        }
        headline.setText(head);
        headline.getStyleClass().removeAll("headline-ok", "headline-error");
        headline.getStyleClass().add(result.failedRows().isEmpty() ? "headline-ok" : "headline-error");
        if (!result.cancelled() && !wb.setDryRun(result, revision)) {
            shownRevision = -1;
        }
        refreshStale();
    }

    /**
     * Another project (or a new model) was opened: the last dry run's table, headline and marks belonged to
     * the old one. A dry run still running is stopped and its rows are dropped.
     */
    private void forget() {
        if (job != null) {
            discarded = job;
            job.stop();
        }
        rows.clear();
        shown = null;
        stale.setText("");
        headline.setText("");
        headline.getStyleClass().removeAll("headline-ok", "headline-error");
        showDetails(null);
        refreshKept();
    }

    private void done(DryRunJob j) {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progressText.setText(j.stopping() ? "Cancelled." : "");
        progress.setVisible(false);
        job = null;
        refreshSetup();
        Fields.disable(cancel, true, run.isDisabled() ? null : run);
    }

    // ---- details ----

    private void showDetails(CompiledRow r) {
        if (r == null) {
            details.setTop(null);
            details.setCenter(new Label("Choose a row to see its layer summary or its error."));
            return;
        }
        String values = r.values().isEmpty() ? "the fixed values" : String.join(", ", r.values().entrySet().stream()
                .map(e -> e.getKey() + " = " + Fields.format(e.getValue())).toList());
        Label title = new Label("Candidate " + (r.index() + 1) + ": " + values);
        title.setWrapText(true);
        title.getStyleClass().add("inspector-heading");
        Button showInEditor = new Button("Show in the editor");
        showInEditor.setId("showInEditor");
        showInEditor.setOnAction(e -> nav.show(Step.MODEL));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, showInEditor);
        head.setAlignment(Pos.CENTER_LEFT);
        details.setTop(head);
        if (r.ok()) {
            details.setCenter(summaryTable(r.summary()));
            return;
        }
        List<String> blocks = blocksAtFault(r);
        EditorDocument doc = wb.document();
        if (!blocks.isEmpty()) {
            doc.select(blocks, false);
        }
        TextArea error = new TextArea(errorText(r, blocks));
        error.setId("dryRunError");
        error.setEditable(false);
        error.setWrapText(true);
        error.getStyleClass().add("summary");
        error.setMinHeight(30);
        error.setPrefHeight(120);
        details.setCenter(error);
    }

    private List<String> blocksAtFault(CompiledRow r) {
        Set<String> out = new LinkedHashSet<>(r.blocksAtFault());
        for (Problem p : r.problems()) {
            if (p.isError()) {
                wb.document().blockOf(p).ifPresent(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    private static String errorText(CompiledRow r, List<String> blocks) {
        StringBuilder sb = new StringBuilder(r.error() == null ? "" : r.error());
        List<Problem> others = r.problems().stream().filter(p -> r.error() == null || !r.error().contains(p.message()))
                .toList();
        if (!others.isEmpty()) {
            sb.append("\n\nAll problems:");
            others.forEach(p -> sb.append("\n  ").append(p.isError() ? "✖ " : "⚠ ").append(p.message()));
        }
        if (!blocks.isEmpty()) {
            sb.append("\n\nBlock").append(blocks.size() == 1 ? "" : "s").append(" at fault (selected in the editor): ")
                    .append(String.join(", ", blocks));
        }
        return sb.toString();
    }

    private static Node summaryTable(NetworkSummary s) {
        TableView<NetworkSummary.Row> t = new TableView<>(FXCollections.observableArrayList(s.rows()));
        t.setId("layerSummary");
        t.setMinHeight(30);
        t.setPrefHeight(120);
        t.getColumns().add(col("Layer", NetworkSummary.Row::layer, 180));
        t.getColumns().add(col("Block", NetworkSummary.Row::block, 120));
        t.getColumns().add(col("Type", NetworkSummary.Row::type, 110));
        t.getColumns().add(col("Output shape", NetworkSummary.Row::output, 140));
        TableColumn<NetworkSummary.Row, String> p = col("Params", r -> String.format("%,d", r.params()), 100);
        p.setStyle("-fx-alignment: CENTER-RIGHT;");
        t.getColumns().add(p);
        Label total = new Label(String.format("Total params: %,d", s.totalParams()));
        total.setId("summaryTotal");
        total.getStyleClass().add("summary");
        VBox box = new VBox(4, t, total);
        box.setMinHeight(0);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<NetworkSummary.Row, String> col(String title,
                                                               java.util.function.Function<NetworkSummary.Row, String> f,
                                                               double width) {
        TableColumn<NetworkSummary.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
