package org.blocktune.app.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.blocktune.app.common.Background;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.CsvImport;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.CsvSniffer;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.data.DataLoadException;

/**
 * Loads data in a background {@link Task}: a CSV file or an example data set. Shows what it is doing
 * ({@link #runningProperty}, {@link #statusProperty}) and why a load failed ({@link #problemProperty},
 * located to the line and column for malformed CSV). One load at a time; a new one or
 * {@link #cancel} abandons the previous. Use from the FX thread.
 */
public final class DataLoader {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<LoadProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Task<LoadedData> current;

    /**
     * Loads a CSV file opened for the first time: the delimiter and decimal mark are guessed from its
     * first lines (said in a notice when they differ from the defaults); {@code then} receives the data
     * on the FX thread.
     */
    public void loadCsv(Path file, Consumer<LoadedData> then) {
        CsvOptions options = CsvOptions.defaults();
        try (var in = Files.newInputStream(file)) {
            CsvOptions guessed = CsvSniffer.guess(new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8), options);
            if (!guessed.equals(options)) {
                String note = "Read as " + CsvSniffer.name(guessed.delimiter()) + "-separated"
                        + (guessed.decimalMark() == ',' ? " with decimal commas" : "")
                        + " (guessed from the first lines; change it in the import options).";
                loadCsv(file, guessed, d -> then.accept(withNotice(d, note)));
                return;
            }
        } catch (IOException e) {
            // the load itself reports an unreadable file
        }
        loadCsv(file, options, then);
    }

    private static LoadedData withNotice(LoadedData d, String note) {
        java.util.List<String> notes = new java.util.ArrayList<>(d.notices());
        notes.add(0, note);
        return new LoadedData(d.table(), d.source(), d.name(), d.origin(), d.idColumns(), notes);
    }

    /** Loads a CSV file read with {@code options} (as a project file stores them). */
    public void loadCsv(Path file, CsvOptions options, Consumer<LoadedData> then) {
        String name = file.getFileName().toString();
        Path abs = file.toAbsolutePath();
        start(name, () -> {
            try {
                CsvImport in = CsvReader.load(file, options);
                return new LoadedData(in.table(), abs.toString(), name, new DataSource.CsvFile(abs, options), in.idColumns(),
                        in.notices());
            } catch (DataLoadException e) {
                throw new LocatedFailure(new LoadProblem(name, e.line(), e.column(), e.problem(),
                        lineText(file, e.line(), options)));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new LocatedFailure(new LoadProblem(name, 0, 0, "there is no file " + abs
                        + "; it may have been moved or renamed. Open it from its new place", null));
            }
        }, then);
    }

    /** Loads one of the shipped example data sets. */
    public void loadExample(ExampleData example, Consumer<LoadedData> then) {
        start(example.title(), () -> new LoadedData(example.load(), "example: " + example.fileName(),
                example.title(), new DataSource.Shipped(example.shippedName())), then);
    }

    /** Abandons the running load (its result is dropped). */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
            running.set(false);
            status.set("Loading cancelled.");
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last load failed, or null. */
    public ReadOnlyObjectProperty<LoadProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void start(String name, Callable<LoadedData> work, Consumer<LoadedData> then) {
        if (current != null) {
            current.cancel();
        }
        Task<LoadedData> task = new Task<>() {
            @Override
            protected LoadedData call() throws Exception {
                return work.call();
            }
        };
        current = task;
        running.set(true);
        problem.set(null);
        status.set("Loading " + name + "…");
        task.setOnSucceeded(e -> {
            if (current != task) {
                return;
            }
            current = null;
            running.set(false);
            LoadedData d = task.getValue();
            status.set(String.format("Loaded %s: %,d rows × %d columns.", d.name(), d.table().rowCount(),
                    d.table().columnCount()));
            then.accept(d);
        });
        task.setOnFailed(e -> {
            if (current != task) {
                return;
            }
            current = null;
            running.set(false);
            Throwable x = task.getException();
            if (x instanceof LocatedFailure f) {
                problem.set(f.problem);
            } else {
                problem.set(new LoadProblem(name, 0, 0, x instanceof IOException || x.getMessage() != null
                        ? x.getMessage() : x.toString(), null));
            }
            status.set("Could not load " + name + ".");
        });
        Background.run(task);
    }

    private static String lineText(Path file, int line, CsvOptions options) {
        if (line <= 0) {
            return null;
        }
        java.nio.charset.Charset cs;
        try {
            cs = java.nio.charset.Charset.forName(options.encoding());
        } catch (RuntimeException e) {
            cs = StandardCharsets.UTF_8;
        }
        try (Stream<String> lines = Files.lines(file, cs)) {
            return lines.skip(line - 1L).findFirst().map(s -> s.length() > 300 ? s.substring(0, 300) + "…" : s)
                    .orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** Carries a located problem out of the task. */
    private static final class LocatedFailure extends RuntimeException {
        private final transient LoadProblem problem;

        LocatedFailure(LoadProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
