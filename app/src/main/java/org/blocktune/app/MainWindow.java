package org.blocktune.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.blocktune.app.common.Theme;
import org.blocktune.app.data.DataLoader;
import org.blocktune.app.data.DataScreen;
import org.blocktune.app.data.ExampleData;
import org.blocktune.app.dryrun.DryRunScreen;
import org.blocktune.app.editor.BlockPalette;
import org.blocktune.app.editor.CompositeDialog;
import org.blocktune.app.editor.EditorPane;
import org.blocktune.app.editor.RecentFiles;
import org.blocktune.app.editor.io.EditorProject;
import org.blocktune.app.editor.io.ProjectCodec;
import org.blocktune.app.editor.model.DocState;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.results.ResultsScreen;
import org.blocktune.app.space.SearchSpaceScreen;
import org.blocktune.app.workbench.WorkbenchProject;
import org.blocktune.app.tuning.SavedRun;
import org.blocktune.app.tuning.TuningScreen;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.examples.ExampleProject;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.Project;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.spec.Spec;
import org.controlsfx.control.StatusBar;

/**
 * The workbench window: menu bar, the steps (Model — the graph editor with its palette —, Data,
 * Search space, Dry run, Run, Results) as tabs, and the status bar. The screens share one
 * {@link Workbench} session and observe it; none talks to another.
 */
public final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StatusBar status = new StatusBar();
    private final EditorDocument doc = new EditorDocument(DocState.of(starter("untitled")),
            DataShape.classification(Shape.flat(4), 3));
    private final EditorPane editor = new EditorPane(doc);
    private final RecentFiles recent = new RecentFiles();
    private final Menu recentMenu = new Menu("Open Recent");
    private final MenuItem undo = new MenuItem("Undo");
    private final MenuItem redo = new MenuItem("Redo");
    /** The opened project file's parts the editor does not show (data, space, …), kept on save; null when new. */
    private Project opened;
    private final Workbench workbench = new Workbench(doc);
    private final DataLoader loader = new DataLoader();
    private final TabPane steps = new TabPane();
    private final Map<Step, Tab> tabs = new EnumMap<>(Step.class);
    private DataScreen dataScreen;
    private DryRunScreen dryRunScreen;
    private TuningScreen tuningScreen;
    private ResultsScreen resultsScreen;
    /** Help ▸ Lessons and the lesson panel (teaching mode). */
    private final org.blocktune.app.teach.LessonMenu lessons = new org.blocktune.app.teach.LessonMenu(this);
    private BlockPalette palette;
    private org.blocktune.app.help.HelpMenu helpMenu;

    public MainWindow(Stage stage) {
        this.stage = stage;
        palette = new BlockPalette(doc, d -> editor.canvas().dropBlock(d.block(), d.sceneX(), d.sceneY()),
                b -> doc.addBlock(b, null, -1));
        editor.canvas().setOnAddRequest(palette::focusList);
        SplitPane split = new SplitPane(palette.node(), editor.node());
        split.setDividerPositions(0.17);
        org.blocktune.app.common.WindowLayout.remember("palette", split);
        org.blocktune.app.teach.PresenterView.install(); // before the theme styles the scene
        Theme.install(); // the window's scene, and every dialog's, gets the remembered theme's stylesheets
        root.setTop(menuBar());
        root.setCenter(steps(split));
        status.setId("status");
        status.setAccessibleText("Status");
        status.setText("Ready. Drag blocks from the palette, or open an example from the Examples menu.");
        root.setBottom(status);
        workbench.unsavedProperty().addListener((o, a, b) -> refreshTitle());
        workbench.finalModel().messageProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                status.setText(b); // an opened project's final model could not be read
                org.blocktune.app.results.FinalModelNotice.show(stage, b);
            }
        });
        doc.addListener(c -> {
            refreshTitle();
            if (c == EditorDocument.Change.CONTENT) {
                status.setText(editor.statusLine());
            }
        });
        stage.setOnCloseRequest(e -> {
            if (tuningScreen.running()) {
                e.consume();
                if (confirmStopRun()) {
                    tuningScreen.cancelThen(() -> {
                        if (confirmDiscard()) {
                            close();
                        }
                    });
                }
            } else if (!confirmDiscard()) {
                e.consume();
            } else {
                org.blocktune.app.common.WindowLayout.save(stage);
            }
        });
        refreshTitle();
        acceptDroppedFiles();
        org.blocktune.app.teach.EditorPointer.install(doc, this::showStep, root); // "Why?" ▸ Show in editor
    }

    private void renameModelDialog() {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(doc.spec().name());
        d.initOwner(stage);
        d.setTitle("Rename model");
        d.setHeaderText("The model's name names its saved files and exported code.\n"
                + "Start with a letter; use letters, digits and '_'.");
        d.getDialogPane().setId("renameModelDialog");
        d.showAndWait().ifPresent(n -> doc.renameModel(n).ifPresentOrElse(
                problem -> status.setText("Could not rename the model to '" + n + "': " + problem + "."),
                () -> status.setText("The model is now called " + doc.spec().name() + ".")));
    }

    /** Closes the window, remembering its size, place and dividers for the next start. */
    private void close() {
        org.blocktune.app.common.WindowLayout.save(stage);
        stage.close();
    }

    /** The window's root node. */
    public Parent root() {
        return root;
    }

    private TabPane steps(javafx.scene.Node model) {
        dataScreen = new DataScreen(workbench, loader, this::openIrisWorkflow);
        dryRunScreen = new DryRunScreen(workbench, this::showStep, () -> dataScreen.loadExample(ExampleData.IRIS));
        addStep(Step.MODEL, model);
        addStep(Step.DATA, dataScreen.node());
        addStep(Step.SPACE, new SearchSpaceScreen(workbench).node());
        addStep(Step.DRY_RUN, dryRunScreen.node());
        tuningScreen = new TuningScreen(workbench, this::currentProject, this::showStep);
        addStep(Step.RUN, tuningScreen.node());
        resultsScreen = new ResultsScreen(workbench, this::showStep);
        addStep(Step.RESULTS, resultsScreen.node());
        steps.setId("steps");
        steps.getSelectionModel().selectedItemProperty().addListener((o, a, t) ->
                org.blocktune.app.common.AccessibleNames.nameLater(t.getContent()));
        steps.getStyleClass().add("workbench-steps");
        steps.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        loader.statusProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                status.setText(b);
            }
        });
        return steps;
    }

    private void addStep(Step step, javafx.scene.Node content) {
        Tab t = new Tab(step.title());
        t.setId("tab-" + step.name().toLowerCase(java.util.Locale.ROOT));
        t.setTooltip(new javafx.scene.control.Tooltip("Step " + step.title() + " (Ctrl+" + (step.ordinal() + 1)
                + "); F1 opens its help page"));
        tabs.put(step, t);
        steps.getTabs().add(t);
        StepContent.attach(t, content, steps.getTabs().size() == 1);
    }

    /** Shows one step's tab. */
    public void showStep(Step step) {
        // the focus must not stay inside the tab being hidden (see Fields#disable)
        steps.requestFocus();
        steps.getSelectionModel().select(tabs.get(step));
    }

    /** Fires when another step is shown (lessons re-check then). */
    public javafx.beans.Observable stepChanges() {
        return steps.getSelectionModel().selectedItemProperty();
    }

    /** True while the Results step shows a final fit of the run on show. */
    public javafx.beans.value.ObservableBooleanValue finalFitDoneProperty() {
        return resultsScreen.finalFitDoneProperty();
    }

    /** Help ▸ Lessons and the lesson panel. */
    public org.blocktune.app.teach.LessonMenu lessons() {
        return lessons;
    }

    /** The step on show. */
    public Step currentStep() {
        return tabs.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).findFirst()
                .orElse(Step.MODEL);
    }

    /** The tuning session the screens share. */
    public Workbench workbench() {
        return workbench;
    }

    /** The Data screen (for tests). */
    public DataScreen dataScreen() {
        return dataScreen;
    }

    /** The Run screen (for tests). */
    public TuningScreen tuningScreen() {
        return tuningScreen;
    }

    /** The Results screen (for tests and Predict on New Data…). */
    public ResultsScreen resultsScreen() {
        return resultsScreen;
    }

    /** The Dry run screen (for tests). */
    public DryRunScreen dryRunScreen() {
        return dryRunScreen;
    }

    /** Sets up the whole Iris example (model, data, recipe, resampling, search space) and shows the Data step. */
    public void openIrisWorkflow() {
        if (confirmDiscard()) {
            IrisWorkflow.apply(doc, workbench, dataScreen);
            editor.canvas().fit();
            showStep(Step.DATA);
            status.setText("Iris example: loading the data; model, recipe, resampling and a 3 × 3 grid are set up.");
        }
    }

    /** The model editor (canvas, inspector). */
    public EditorPane editor() {
        return editor;
    }

    /** The editor's document (for tests and other screens). */
    public EditorDocument document() {
        return doc;
    }

    /** The status bar (id {@code status}) at the bottom of the window. */
    public StatusBar statusBar() {
        return status;
    }

    private static SequentialSpec starter(String name) {
        return SequentialSpec.named(name).add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
    }

    private void refreshTitle() {
        String file = doc.file().map(p -> " [" + p.getFileName() + "]").orElse("");
        stage.setTitle("BlockTune — " + doc.spec().name() + (dirty() ? " *" : "") + file);
        undo.setText(doc.undoName().map(n -> "Undo " + n).orElse("Undo"));
        undo.setDisable(doc.undoName().isEmpty());
        redo.setText(doc.redoName().map(n -> "Redo " + n).orElse("Redo"));
        redo.setDisable(doc.redoName().isEmpty());
    }

    /** File ▸ Export ▸ and File ▸ Import Keras Model… (code export and Keras import, issue 20). */
    private final org.blocktune.app.editor.io.ExchangeMenu exchange = new org.blocktune.app.editor.io.ExchangeMenu(
            new org.blocktune.app.editor.io.ExchangeMenu.Host() {
                @Override
                public Project currentProject() throws IOException {
                    return MainWindow.this.currentProject();
                }

                @Override
                public java.util.Optional<Path> file() {
                    return doc.file();
                }

                @Override
                public void status(String text) {
                    status.setText(text);
                }

                @Override
                public void openUntitled(Project project) throws IOException {
                    if (confirmDiscard()) {
                        show(ProjectCodec.fromProject(project), null);
                        showStep(Step.MODEL);
                    }
                }

                @Override
                public javafx.stage.Window window() {
                    return stage;
                }
            });

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("New Sequential Model", "Shortcut+N", () -> newModel(false)),
                item("New Functional Model", "Shortcut+Shift+N", () -> newModel(true)),
                item("Open…", "Shortcut+O", this::openChooser),
                recentMenu,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", this::save),
                item("Save As…", "Shortcut+Shift+S", this::saveAs),
                new SeparatorMenuItem(),
                org.blocktune.app.report.ReportExport.addTo(exchange.exportMenu(), workbench,
                        () -> resultsScreen.finalFitForReport(), () -> stage, status::setText),
                exchange.importItem(),
                item("Predict on New Data…", null, () -> resultsScreen.showPredict()),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> {
                    if (confirmDiscard()) {
                        close();
                    }
                }));
        refreshRecent();
        undo.setMnemonicParsing(false); // edit names hold argument names with underscores (learn_rate)
        redo.setMnemonicParsing(false);
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> doc.undo());
        undo.setId("undoItem");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.setOnAction(e -> doc.redo());
        redo.setId("redoItem");
        Menu edit = new Menu("Edit");
        edit.setId("editMenu");
        edit.getItems().addAll(undo, redo,
                item("Redo (alternative)", "Shortcut+Shift+Z", doc::redo),
                new SeparatorMenuItem(),
                item("Copy", "Shortcut+C", guarded(doc::copy)),
                item("Paste", "Shortcut+V", guarded(doc::paste)),
                item("Duplicate", "Shortcut+D", guarded(doc::duplicate)),
                item("Delete", "Delete", guarded(() -> editor.canvas().deleteSelected())),
                item("Select All", "Shortcut+A", guarded(doc::selectAll)),
                new SeparatorMenuItem(),
                item("Create Composite Block…", "Shortcut+K", () ->
                        CompositeDialog.show(stage, doc).ifPresent(doc::addComposite)),
                item("Rename Block…", "F2", () -> { // the model when no block on the canvas is the subject
                    if (!editor.canvas().renameSelected()) {
                        renameModelDialog();
                    }
                }),
                item("Rename Model…", null, this::renameModelDialog));
        edit.getItems().get(2).setVisible(false);
        Menu view = new Menu("View");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(!Theme.dark());
        dark.setSelected(Theme.dark());
        javafx.beans.value.ChangeListener<Theme.Mode> shown = (o, a, b) ->
                (b == Theme.Mode.DARK ? dark : light).setSelected(true);
        dark.getProperties().put(Theme.Mode.class, shown); // the menu keeps it; the theme holds it weakly
        Theme.modeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(shown));
        light.setOnAction(e -> Theme.set(Theme.Mode.LIGHT));
        dark.setOnAction(e -> Theme.set(Theme.Mode.DARK));
        light.setId("lightTheme");
        dark.setId("darkTheme");
        view.getItems().addAll(
                item("Zoom In", "Shortcut+Equals", editor.canvas()::zoomIn),
                item("Zoom Out", "Shortcut+Minus", editor.canvas()::zoomOut),
                item("Fit to View", "Shortcut+0", editor.canvas()::fit),
                item("Automatic Layout", "Shortcut+L", () -> {
                    doc.autoLayout();
                    editor.canvas().fit();
                }),
                new SeparatorMenuItem(), light, dark, org.blocktune.app.teach.PresenterMenu.item(),
                new SeparatorMenuItem());
        for (Step step : Step.values()) { // Shortcut+1 … Shortcut+6 show the numbered steps
            MenuItem go = item("Step " + step.title(), "Shortcut+" + (step.ordinal() + 1), () -> showStep(step));
            go.setId("goto-" + step.name().toLowerCase(java.util.Locale.ROOT));
            view.getItems().add(go);
        }
        Menu examples = new Menu("Examples");
        examples.setId("examplesMenu");
        MenuItem workflow = item("Iris Workflow (data, model, search space)", null, this::openIrisWorkflow);
        workflow.setId("irisWorkflow");
        Menu models = new Menu("Models only");
        examples.getItems().addAll(workflow, new SeparatorMenuItem(), new SeparatorMenuItem(), models);
        ExampleMenu.fillLater(examples, 2, this::openExample); // builds every example project: after the first frame
        models.getItems().addAll(
                example("Iris MLP (seed 000)", SeedSpecs.irisMlp(), DataShape.classification(Shape.flat(4), 3)),
                example("Fashion-MNIST MLP (seed 001)", SeedSpecs.mnistMlp(),
                        DataShape.classification(Shape.flat(784), 10)),
                example("Diamonds MLP (seed 002)", SeedSpecs.diamondMlp(), DataShape.regression(Shape.flat(23), 1)),
                example("Attrition two towers (seed 002)", SeedSpecs.attritionTowers(),
                        DataShape.classification(Shape.flat(44), 2)));
        MenuItem about = new MenuItem("About BlockTune");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION,
                    "BlockTune: build networks from layer blocks, tune them, read the results.\nEngine: Deeplearning4j.");
            a.setHeaderText("BlockTune " + org.blocktune.app.common.AppVersion.get());
            a.getDialogPane().setId("aboutDialog");
            a.initOwner(stage);
            a.show();
        });
        Menu help = new Menu("Help", null, lessons.menu(), lessons.openItem(), new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, view, examples, help);
        helpMenu = new org.blocktune.app.help.HelpMenu(stage, this::currentStep, () -> shortcuts(bar));
        help.getItems().addAll(0, helpMenu.items());
        bar.setId("menuBar");
        return bar;
    }

    /** The window's shortcuts: the menus' accelerators and the keys of the editor's views. */
    private org.blocktune.app.help.ShortcutList shortcuts(MenuBar bar) {
        return new org.blocktune.app.help.ShortcutList(bar).view("Model canvas", editor.canvas().keyBindings())
                .view("Block palette", palette.keyBindings()).view("Inspector", editor.inspector().keyBindings());
    }

    /** Help ▸ Help for This Step and Keyboard Shortcuts (for tests). */
    public org.blocktune.app.help.HelpMenu helpMenu() {
        return helpMenu;
    }

    /** Runs an edit shortcut unless a text field has the focus (it handles its own copy/paste/delete). */
    private Runnable guarded(Runnable r) {
        return () -> {
            Scene s = root.getScene();
            if (s == null || !(s.getFocusOwner() instanceof TextInputControl)) {
                r.run();
            }
        };
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private MenuItem example(String label, Spec spec, DataShape data) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> open(spec, data));
        return item;
    }

    /** Shows a spec in the editor against the given data shapes (after asking about unsaved changes). */
    public void open(Spec spec, DataShape data) {
        if (confirmDiscard()) {
            opened = null;
            doc.reset(DocState.of(spec), workbench.dataShape() != null ? workbench.dataShape() : data, null);
            workbench.resetSearch();
            workbench.clearRun();
            editor.canvas().fit();
        }
    }

    private void newModel(boolean functional) {
        if (!confirmDiscard()) {
            return;
        }
        Spec spec = functional ? FunctionalSpec.named("untitled")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT), "input") : starter("untitled");
        opened = null;
        doc.reset(DocState.of(spec), doc.data(), null);
        workbench.resetSearch();
        workbench.clearRun();
    }

    private FileChooser chooser(String title) {
        FileChooser fc = org.blocktune.app.common.Choosers.file(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("BlockTune model", "*.blocktune.json", "*.json"));
        doc.file().map(Path::getParent).filter(p -> p.toFile().isDirectory()).ifPresent(p ->
                fc.setInitialDirectory(p.toFile()));
        return fc;
    }

    private void openChooser() {
        if (!confirmDiscard()) {
            return;
        }
        var f = chooser("Open model").showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a project file; reports errors in the status bar and a dialog. Returns true on success. */
    public boolean openFile(Path path) {
        try {
            show(ProjectCodec.read(path), path);
            recent.add(path);
            org.blocktune.app.common.Choosers.remember(path);
            refreshRecent();
            status.setText("Opened " + path.getFileName() + ". " + editor.statusLine());
            return true;
        } catch (IOException | RuntimeException e) {
            status.setText("Could not open " + path.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Opens what a user hands the window (a file named on the command line or dropped onto it): a project
     * file in the editor, a data file (.csv, .tsv, .txt) in the Data step. Anything else, or a missing
     * file, is explained in the status bar. Returns true when the file was opened.
     */
    public boolean openGiven(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!java.nio.file.Files.isRegularFile(path)) {
            status.setText("Could not open " + path + ": there is no such file.");
            return false;
        }
        if (lower.endsWith(".json")) {
            return confirmDiscard() && openFile(path);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            dataScreen.loadCsv(path);
            showStep(Step.DATA);
            status.setText("Loading the data in " + name + "…");
            return true;
        }
        status.setText("BlockTune opens project files (.blocktune.json) and data files (.csv, .tsv, .txt); "
                + name + " is neither.");
        return false;
    }

    /** Lets files be dropped onto the window: the first one is opened as by {@link #openGiven}. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                Path first = e.getDragboard().getFiles().get(0).toPath();
                // opened after the drop returns, so a dialog (unsaved changes) does not block the drag source
                javafx.application.Platform.runLater(() -> openGiven(first));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * Opens a shipped example project as an untitled copy (Save asks where to put it, so the shipped file is
     * never overwritten) and shows its model. Returns true on success.
     */
    public boolean openExample(ExampleProject example, boolean quick) {
        if (!confirmDiscard()) {
            return false;
        }
        String what = ExampleMenu.title(example) + " (seed " + example.seed() + ", "
                + (quick ? "quick budget" : "full budget of the seed") + ")";
        try {
            show(ExampleMenu.read(example, quick), null);
            showStep(Step.MODEL);
            status.setText("Opened the example " + what + ": " + example.summary()
                    + ". Its data is loading; Dry run and Run are ready once it has loaded.");
            return true;
        } catch (IOException | RuntimeException e) {
            status.setText("Could not open the example " + what + ": " + e.getMessage());
            return false;
        }
    }

    /** Puts a read project into the editor and the workbench; {@code path} is null for an untitled copy. */
    private void show(EditorProject p, Path path) {
        opened = p.base();
        doc.reset(p.state(), p.data(), path);
        editor.canvas().fit();
        if (opened != null) {
            WorkbenchProject.restore(opened, workbench);
            if (opened.data() != null) {
                dataScreen.loadSaved(opened.data());
            }
            if (path != null) {
                SavedRun.load(workbench, opened, path);
            }
        } else {
            workbench.resetSearch();
            workbench.clearRun();
        }
    }

    private void save() {
        Optional<Path> f = doc.file();
        if (f.isPresent()) {
            saveTo(f.get());
        } else {
            saveAs();
        }
    }

    private void saveAs() {
        FileChooser fc = chooser("Save model as");
        fc.setInitialFileName(doc.spec().name() + ".blocktune.json");
        var f = fc.showSaveDialog(stage);
        if (f != null) {
            saveTo(f.toPath());
        }
    }

    /**
     * Saves the project to a file. An "untitled" model takes the file's name first (so a saved model is
     * never left untitled). Returns true on success.
     */
    public boolean saveTo(Path path) {
        if ("untitled".equals(doc.spec().name()) && path.getFileName() != null) {
            String name = EditorDocument.modelNameOf(path.getFileName().toString());
            if (name != null) {
                doc.renameModel(name);
            }
        }
        try {
            workbench.finalModel().writeBeside(path); // a final fit only in memory goes beside the project file
            EditorProject saved = new EditorProject(doc.state(), doc.data(), WorkbenchProject.store(workbench, base()));
            opened = ProjectCodec.write(saved, path);
            doc.saved(path);
            workbench.markSaved();
            recent.add(path);
            org.blocktune.app.common.Choosers.remember(path);
            refreshRecent();
            status.setText("Saved " + path.getFileName());
            return true;
        } catch (IOException e) {
            status.setText("Could not save " + path.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /** The opened project, or a new one around the editor's spec. */
    private Project base() {
        return opened != null ? opened : Project.of(SequentialSpec.named(doc.spec().name()));
    }

    /** The project as Save would write it now: the editor's and the workbench's parts. */
    public Project currentProject() throws IOException {
        return ProjectCodec.toProject(new EditorProject(doc.state(), doc.data(), WorkbenchProject.store(workbench, base())));
    }

    /** Asks whether to stop the run in progress; true to stop it. */
    private boolean confirmStopRun() {
        ButtonType stop = new ButtonType("Stop the run and close", ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "A tuning run is in progress. Its finished fits are kept "
                + "in the run folder and Resume can finish the rest later.", stop, ButtonType.CANCEL);
        a.setHeaderText("Stop the run?");
        a.initOwner(stage);
        return a.showAndWait().filter(b -> b == stop).isPresent();
    }

    private void refreshRecent() {
        recent.fill(recentMenu, p -> {
            if (confirmDiscard()) {
                openFile(p);
            }
        }, status::setText);
    }

    /** True when the model or the workbench settings have changes not yet saved. */
    private boolean dirty() {
        return doc.dirty() || workbench.unsaved();
    }

    /** Asks what to do with unsaved changes; true when it is fine to go on. */
    private boolean confirmDiscard() {
        if (!dirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The model '" + doc.spec().name()
                + "' has unsaved changes." + org.blocktune.app.results.UnsavedFinalModel.sentence(workbench),
                save, discard, ButtonType.CANCEL);
        a.getDialogPane().setId("unsavedChangesDialog");
        a.setHeaderText("Save changes?");
        a.initOwner(stage);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            save();
            return !dirty();
        }
        return true;
    }
}
