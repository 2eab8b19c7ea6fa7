package org.blocktune.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.blocktune.app.common.Background;
import org.blocktune.app.common.Choosers;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.app.workbench.Workbench;

/**
 * File ▸ Export ▸ Report (HTML)…: what the workbench shows now (model, search space, the run's results,
 * the final fit on show) as one HTML file, written in the background.
 */
public final class ReportExport {
    private ReportExport() {
    }

    /**
     * Adds the report item to {@code export} and returns the menu.
     *
     * @param finalFit the final fit on show in the Results step, or null
     * @param status   where to say what was written or what went wrong
     */
    public static Menu addTo(Menu export, Workbench wb, Supplier<ReportInput.FinalFit> finalFit,
                             Supplier<Window> owner, Consumer<String> status) {
        MenuItem item = new MenuItem("Report (HTML)…");
        item.setId("exportReport");
        item.setMnemonicParsing(false);
        item.setOnAction(e -> export(wb, finalFit.get(), owner.get(), status));
        export.getItems().addAll(new SeparatorMenuItem(), item);
        return export;
    }

    /** The report's input from the workbench's current state. */
    public static ReportInput inputOf(Workbench wb, ReportInput.FinalFit finalFit) {
        LoadedData data = wb.dataProperty().get();
        String dataName = data == null ? null : data.name() + (wb.rolesProperty().get() == null ? ""
                : ", predicting " + String.join(", ", wb.rolesProperty().get().outcomes()));
        return new ReportInput(wb.document().spec(), wb.fixedValues(), new ArrayList<>(wb.space().names()), wb.space(),
                wb.projectGrid(), wb.dataShape(), dataName, wb.resultsProperty().get(), null, 10, finalFit);
    }

    private static void export(Workbench wb, ReportInput.FinalFit finalFit, Window owner, Consumer<String> status) {
        ReportInput in = inputOf(wb, finalFit);
        FileChooser fc = Choosers.file("Save the report");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html"));
        fc.setInitialFileName(in.spec().name() + "-report.html");
        Choosers.save(fc, owner).ifPresent(file -> write(in, file, status));
    }

    /** Writes the report of {@code in} to {@code file} in the background; says the outcome through {@code status}. */
    public static Task<Path> write(ReportInput in, Path file, Consumer<String> status) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                Files.writeString(file, HtmlReport.of(in), StandardCharsets.UTF_8);
                return file;
            }
        };
        status.accept("Writing the report to " + file.getFileName() + "…");
        task.setOnSucceeded(e -> {
            Choosers.remember(file);
            status.accept("Saved the report " + file.getFileName() + " (open it in a web browser; it needs no other files).");
        });
        task.setOnFailed(e -> status.accept("Could not write the report " + file.getFileName() + ": "
                + task.getException().getMessage()));
        Background.run(task);
        return task;
    }
}
