package org.blocktune.app.data;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.blocktune.app.workbench.DataCheck;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;

/**
 * The Data step: open a CSV file or an example data set (loaded in the background), preview its
 * first rows, choose the outcome and predictors, edit the recipe and the resampling, and see what
 * the network will be built against.
 */
public final class DataScreen {
    private final Workbench wb;
    private final DataLoader loader;
    private final BorderPane root = new BorderPane();
    private final VBox errorBox = new VBox(4);
    private final Label shapeLine = new Label();
    private final VBox problems = new VBox(2);

    /**
     * @param openWorkflow opens the complete Iris example (data, model, search space)
     */
    public DataScreen(Workbench wb, DataLoader loader, Runnable openWorkflow) {
        this.wb = wb;
        this.loader = loader;
        root.setId("dataScreen");
        root.getStyleClass().add("screen");
        VBox top = new VBox(6, sourceBar(), errorBox);
        top.setPadding(new Insets(8, 8, 4, 8));
        errorBox.setId("loadError");
        errorBox.getStyleClass().add("error-box");
        errorBox.managedProperty().bind(errorBox.visibleProperty());
        errorBox.setVisible(false);
        loader.problemProperty().addListener((o, a, p) -> showProblem(p));
        root.setTop(top);

        DataPreview preview = new DataPreview(wb);
        Button iris = new Button("Open the Iris example (data, model and search space set up)");
        iris.setId("openIrisWorkflow");
        iris.setOnAction(e -> openWorkflow.run());
        Label empty = new Label("No data yet. Open a CSV file or an example data set above, or:");
        VBox emptyState = new VBox(10, empty, iris);
        emptyState.setAlignment(Pos.CENTER);
        emptyState.visibleProperty().bind(wb.dataProperty().isNull());
        emptyState.setMouseTransparent(false);
        ImportOptionsView importOptions = new ImportOptionsView(wb, loader);
        TitledPane optionsPane = titled("Import options (applied as you change them)", importOptions.node());
        optionsPane.setId("importOptionsPane");
        optionsPane.visibleProperty().bind(importOptions.node().visibleProperty());
        optionsPane.managedProperty().bind(importOptions.node().managedProperty());
        ProfileView profile = new ProfileView(wb);
        javafx.scene.control.Tab previewTab = new javafx.scene.control.Tab("Preview", preview.node());
        javafx.scene.control.Tab profileTab = new javafx.scene.control.Tab("Profile", profile.node());
        profileTab.setId("profileTab");
        javafx.scene.control.TabPane views = new javafx.scene.control.TabPane(previewTab, profileTab);
        views.setId("dataViews");
        views.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);
        VBox dataSide = new VBox(6, org.blocktune.app.teach.PresenterView.advanced(optionsPane), views);
        javafx.scene.layout.StackPane left = new javafx.scene.layout.StackPane(dataSide, emptyState);
        left.setPadding(new Insets(0, 0, 0, 8));

        shapeLine.setId("shapeLine");
        shapeLine.setWrapText(true);
        shapeLine.getStyleClass().add("live-line");
        problems.setId("dataProblems");
        VBox network = new VBox(4, shapeLine, problems);
        VBox side = new VBox(8,
                titled("Roles", new RolesView(wb).node()),
                titled("Recipe (preprocessing)", new RecipeEditor(wb).node()),
                titled("Split and resampling", new ResamplingView(wb).node()),
                titled("What the network sees", network));
        side.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(340);
        sideScroll.setPrefWidth(420);
        SplitPane split = new SplitPane(left, sideScroll);
        split.setDividerPositions(0.6);
        org.blocktune.app.common.WindowLayout.remember("data", split);
        SplitPane.setResizableWithParent(sideScroll, false);
        root.setCenter(split);
        wb.dataCheckProperty().addListener((o, a, c) -> showCheck(c));
        wb.dataProperty().addListener((o, a, d) -> showCheck(wb.dataCheckProperty().get()));
        showCheck(wb.dataCheckProperty().get());
    }

    public Node node() {
        return root;
    }

    private Node sourceBar() {
        Button open = new Button("Open CSV…");
        open.setId("openCsv");
        open.setOnAction(e -> chooseCsv());
        MenuButton examples = new MenuButton("Example data");
        examples.setId("exampleMenu");
        for (ExampleData x : ExampleData.values()) {
            MenuItem m = new MenuItem(x.title() + " — " + x.description());
            m.setId("example-" + x.name());
            m.setOnAction(e -> loadExample(x));
            examples.getItems().add(m);
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loadProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(loader.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("loadStatus");
        status.textProperty().bind(loader.statusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLoad");
        cancel.visibleProperty().bind(loader.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> loader.cancel());
        Label source = new Label();
        source.setId("dataSource");
        source.getStyleClass().add("inspector-description");
        wb.dataProperty().addListener((o, a, d) -> source.setText(d == null ? "" : "Source: " + d.source()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, open, examples, progress, status, cancel, grow, source);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void chooseCsv() {
        FileChooser fc = org.blocktune.app.common.Choosers.file("Open data (CSV)");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        org.blocktune.app.common.Choosers.open(fc, root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(this::loadCsv);
    }

    /**
     * Loads a CSV file (delimiter and decimal mark guessed); the outcome starts as its last ordinary
     * column, every other column except identifiers and ID-like ones a predictor, and rows without an
     * outcome are dropped by a first recipe step.
     */
    public void loadCsv(java.nio.file.Path file) {
        loader.loadCsv(file, d -> {
            Roles r = RoleDefaults.roles(d);
            RecipeCarry carry = RecipeCarry.of(wb.dataProperty().get() == null ? null : wb.recipeProperty().get(),
                    d.table(), d.name());
            LoadedData shown = carry.notice().isEmpty() ? d : d.withNotice(carry.notice());
            wb.setData(shown, r, RoleDefaults.dropMissingOutcome(carry.recipe(), d.table(), r));
        });
    }

    /** Loads an example data set with its vignette's outcome and recipe. */
    public void loadExample(ExampleData x) {
        loader.loadExample(x, d -> wb.setData(d, Roles.of(d.table(), x.outcome()), x.recipe()));
    }

    /** Loads an example data set as part of an opened example: the loaded data counts as saved. */
    public void openExample(ExampleData x) {
        loader.loadExample(x, d -> wb.openData(d, Roles.of(d.table(), x.outcome()), x.recipe()));
    }

    /**
     * Loads the data a project file refers to, with its roles and recipe (the roles default to the
     * last column as outcome when the file has none). The loaded data counts as saved.
     */
    public void loadSaved(org.blocktune.core.io.DataRef ref) {
        java.util.function.Consumer<LoadedData> then = d -> {
            Table t = d.table();
            Roles r = ref.roles() != null ? ref.roles() : RoleDefaults.roles(d);
            wb.openData(d, r, ref.recipe());
        };
        if (ref.source() instanceof org.blocktune.core.io.DataSource.CsvFile csv) {
            loader.loadCsv(csv.file(), csv.options(), then);
        } else if (ref.source() instanceof org.blocktune.core.io.DataSource.Shipped s) {
            ExampleData.ofShippedName(s.name()).ifPresentOrElse(x -> loader.loadExample(x, then),
                    () -> showProblem(new LoadProblem(s.name(), 0, 0, "there is no shipped data set called '"
                            + s.name() + "'", null)));
        }
    }

    private void showProblem(LoadProblem p) {
        errorBox.getChildren().clear();
        errorBox.setVisible(p != null);
        if (p == null) {
            return;
        }
        Label head = new Label("Could not load " + p.source() + (p.where().isEmpty() ? "" : " — " + p.where()));
        head.setId("loadErrorWhere");
        head.getStyleClass().add("error-title");
        Label msg = new Label(p.message());
        msg.setId("loadErrorMessage");
        msg.setWrapText(true);
        errorBox.getChildren().addAll(head, msg);
        if (p.lineText() != null) {
            Label text = new Label("line " + p.line() + ":  " + p.lineText());
            text.getStyleClass().add("summary");
            errorBox.getChildren().add(text);
            String field = fieldAt(p.lineText(), p.column());
            if (field != null) {
                Label at = new Label("column " + p.column() + " holds \"" + field + "\"");
                at.getStyleClass().add("summary");
                errorBox.getChildren().add(at);
            }
        }
        Label keep = new Label(wb.dataProperty().get() == null ? "Fix the file and open it again."
                : "Fix the file and open it again; the data loaded before is still in use.");
        keep.getStyleClass().add("inspector-description");
        errorBox.getChildren().add(keep);
    }

    /** The text of field {@code column} (1-based) of a comma-separated line, ignoring quoting subtleties. */
    private static String fieldAt(String line, int column) {
        if (column <= 0) {
            return null;
        }
        List<String> parts = List.of(line.split(",", -1));
        return column <= parts.size() ? parts.get(column - 1) : null;
    }

    private void showCheck(DataCheck c) {
        problems.getChildren().clear();
        LoadedData d = wb.dataProperty().get();
        if (d == null) {
            shapeLine.setText("No data loaded.");
            return;
        }
        if (c == null) {
            shapeLine.setText("Checking…");
            return;
        }
        shapeLine.setText(c.shapeLine().isEmpty() ? "The network's shapes are not known yet." : c.shapeLine());
        for (String p : c.problems()) {
            Label l = new Label("✖ " + p);
            l.setWrapText(true);
            l.getStyleClass().add("value-problem");
            problems.getChildren().add(l);
        }
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        return t;
    }
}
