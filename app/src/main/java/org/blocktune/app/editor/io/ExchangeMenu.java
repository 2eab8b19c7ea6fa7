package org.blocktune.app.editor.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.exchange.CodeExport;
import org.blocktune.core.exchange.ExportInput;
import org.blocktune.core.exchange.KerasImport;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.LoadedData;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;

/**
 * File ▸ Export ▸ (Java program, Python script, R script) and File ▸ Import Keras Model…. The export
 * runs off the FX thread (it loads the data and prepares the recipe) with the best candidate of the
 * project's tune run when there is one, else the fixed values; the import opens the Keras model as
 * the project's new spec, keeping its data and settings.
 */
public final class ExchangeMenu {
    /** What the menu needs from the window. */
    public interface Host {
        /** The project as Save would write it now. */
        Project currentProject() throws IOException;

        /** The project's file, if saved. */
        Optional<Path> file();

        /** Shows a message in the status bar. */
        void status(String text);

        /** Opens {@code project} as an untitled copy (import). */
        void openUntitled(Project project) throws IOException;

        /** The window dialogs belong to. */
        Window window();
    }

    private final Host host;

    public ExchangeMenu(Host host) {
        this.host = host;
    }

    /** File ▸ Export ▸ with one item per language. */
    public Menu exportMenu() {
        Menu m = new Menu("Export");
        m.setId("exportMenu");
        m.getItems().addAll(
                item("Java Program (DL4J)…", "exportJava", () -> export(CodeExport.Language.JAVA)),
                item("Python Script (Keras, Keras Tuner)…", "exportPython", () -> export(CodeExport.Language.PYTHON)),
                item("R Script (kerasnip, tidymodels)…", "exportR", () -> export(CodeExport.Language.R)));
        return m;
    }

    /** File ▸ Import Keras Model…. */
    public MenuItem importItem() {
        return item("Import Keras Model…", "importKeras", this::importKeras);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setMnemonicParsing(false);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private void export(CodeExport.Language language) {
        Project project;
        try {
            project = host.currentProject();
        } catch (IOException | RuntimeException e) {
            fail("Cannot export", e.getMessage());
            return;
        }
        if (project.data() == null || project.data().roles() == null) {
            fail("Cannot export", "Choose the data and its outcome in the Data step first: the exported code is sized from the data.");
            return;
        }
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export " + CodeExport.id(language) + " code into folder");
        host.file().map(Path::getParent).filter(p -> p.toFile().isDirectory()).ifPresent(p -> dc.setInitialDirectory(p.toFile()));
        File dir = dc.showDialog(host.window());
        if (dir == null) return;
        Path projectFile = host.file().orElse(dir.toPath().resolve(project.spec().name() + ".blocktune.json"));
        host.status("Exporting " + CodeExport.id(language) + " code…");
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return exportNow(project, projectFile, language, dir.toPath());
            }
        };
        task.setOnSucceeded(e -> host.status(task.getValue()));
        task.setOnFailed(e -> fail("Export failed", task.getException().getMessage()));
        Thread t = new Thread(task, "blocktune-export");
        t.setDaemon(true);
        t.start();
    }

    /** Loads the data, chooses the values (the run's best, else the fixed ones) and writes the export; says what it wrote. */
    static String exportNow(Project project, Path projectFile, CodeExport.Language language, Path dir) throws IOException {
        TunePlan plan = TunePlan.of(project, projectFile, LoadedData.load(project.data()));
        TuneJob job = plan.job();
        Map<String, Object> values = job.fixed();
        String label = "the project's fixed values";
        if (!job.space().isEmpty() && RunFolder.holdsRun(job.folder())) {
            TuneResults results = TuneResults.load(job.folder());
            if (results.records().stream().anyMatch(r -> r.ok())) {
                String metric = results.info().metricNames().get(0);
                Candidate best = results.selectBest(metric);
                values = results.finalizedValues(best);
                label = "candidate " + best.id() + " (best by " + metric + ")";
            }
        }
        String stem = projectFile.getFileName().toString().replaceFirst("(\\.blocktune)?\\.json$", "");
        ExportInput in = ExportInput.of(project, stem, label, values, job.space(), job.training());
        List<Path> files = CodeExport.write(language, in, dir, job.initialCandidates().stream().map(Candidate::values).toList());
        return "Exported " + CodeExport.id(language) + " code with " + label + ": " + String.join(", ",
                files.stream().map(f -> f.getFileName().toString()).toList()) + " in " + dir;
    }

    private void importKeras() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import Keras model (model.to_json() or .keras)");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Keras model", "*.json", "*.keras"));
        File f = fc.showOpenDialog(host.window());
        if (f == null) return;
        try {
            KerasImport.Imported m = KerasImport.readFile(f.toPath());
            Project base = host.currentProject();
            Project p = base.withSpec(m.spec(), List.<CompositeBlock>of()).withArguments(m.values(), List.of())
                    .withSpace(ParameterSet.of()).withKeptCandidates(List.of());
            host.openUntitled(p);
            host.status("Imported " + f.getName() + " as '" + m.spec().name() + "' (" + m.spec().nodes().size() + " blocks)"
                    + (m.notes().isEmpty() ? "" : ". " + String.join("; ", m.notes())));
        } catch (IOException | RuntimeException e) {
            fail("Cannot import " + f.getName(), e.getMessage());
        }
    }

    private void fail(String header, String message) {
        host.status(header + ": " + message);
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(header);
        a.initOwner(host.window());
        a.show();
    }
}
