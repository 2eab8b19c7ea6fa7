package org.blocktune.app.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.blocktune.app.common.Background;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.io.FinalModelRef;

/**
 * The project's final model (the last fit of the chosen candidate) and whether the project file has it:
 * a fresh final fit is an unsaved change until the project is saved, which writes the model file beside
 * the project (or keeps the file the user chose) and refers to it. Opening a project reads its final model
 * back in the background; a missing or broken model file is said in {@link #messageProperty} and the
 * project stays open without it (its reference is kept, so saving again loses nothing). FX thread only.
 */
public final class FinalModelSlot {
    private final ReadOnlyObjectWrapper<FinalModel> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The reference as the project file last saved or opened has it, or null. */
    private FinalModelRef savedRef;
    /** Counts project switches, so a model read for an earlier project is dropped. */
    private int generation;

    FinalModelSlot() {
        current.addListener((o, a, b) -> refresh());
    }

    /** The final model in memory, or null. */
    public ReadOnlyObjectProperty<FinalModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public FinalModel current() {
        return current.get();
    }

    /** True while a final model is not (yet) referred to by the saved project file. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public boolean unsaved() {
        return unsaved.get();
    }

    /** What happened to the final model of an opened project when it could not be read; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A fresh final fit: the project's final model from now on (unsaved until the project is saved). */
    public void fitted(String candidateId, FittedModel model, java.util.Map<String, Double> testMetrics) {
        message.set("");
        current.set(new FinalModel(candidateId, model, testMetrics, null, false));
    }

    /** The final model was written to {@code file} (Save final model…); the project will refer to it. */
    public void savedIn(Path file) {
        FinalModel m = current.get();
        if (m != null) {
            current.set(m.savedIn(file));
        }
    }

    /** Another project (or none): forgets the final model. */
    void clear() {
        generation++;
        savedRef = null;
        message.set("");
        current.set(null);
    }

    /**
     * An opened project's final model: read back from its file in the background. When the file is missing
     * or broken the message says so and the project stays open without it.
     */
    public void restore(FinalModelRef ref) {
        clear();
        savedRef = ref;
        if (ref == null) {
            return;
        }
        int asked = generation;
        Path file = ref.file();
        Background.run(() -> {
            FittedModel model = null;
            String problem = null;
            if (!Files.isRegularFile(file)) {
                problem = "its file " + file + " is missing";
            } else {
                try {
                    model = FittedModel.load(file);
                } catch (IOException | RuntimeException e) {
                    problem = "its file " + file + " cannot be read (" + e.getMessage() + ")";
                }
            }
            FittedModel loaded = model;
            String why = problem;
            Platform.runLater(() -> {
                if (asked != generation) {
                    return;
                }
                if (loaded != null) {
                    current.set(new FinalModel(ref.candidate(), loaded, ref.testMetrics(), file, true));
                } else {
                    message.set("The project's final model (" + ref.candidate() + ") was not opened: " + why
                            + ". The rest of the project is open; fit the candidate again on the Results step "
                            + "(Final fit), or put the model file back and reopen the project.");
                }
            });
        });
    }

    /**
     * Before the project is saved as {@code projectFile}: a final model only in memory is written beside it
     * ({@code <project>.model.zip}).
     *
     * @throws IOException when the model file cannot be written (the project is then not saved either)
     */
    public void writeBeside(Path projectFile) throws IOException {
        FinalModel m = current.get();
        if (m == null || m.file() != null) {
            return;
        }
        Path file = besideProject(projectFile);
        try {
            m.model().save(file);
        } catch (IOException | RuntimeException e) {
            throw new IOException("the final model could not be written to " + file + ": " + e.getMessage(), e);
        }
        current.set(m.savedIn(file));
    }

    /** {@code iris.blocktune.json} → {@code iris.model.zip} in the same folder. */
    public static Path besideProject(Path projectFile) {
        String name = projectFile.getFileName().toString();
        String stem = name.endsWith(".blocktune.json") ? name.substring(0, name.length() - ".blocktune.json".length())
                : name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return projectFile.toAbsolutePath().normalize().resolveSibling(stem + ".model.zip");
    }

    /**
     * The reference the project file gets: the model in memory once it has a file; without a model in
     * memory, the one the project had (a model file that could not be read stays referred to).
     */
    public FinalModelRef refToStore() {
        FinalModel m = current.get();
        if (m == null) {
            return savedRef;
        }
        return m.file() != null ? m.ref() : savedRef;
    }

    /** The project was saved (with {@link #refToStore}). */
    public void markSaved() {
        savedRef = refToStore();
        refresh();
    }

    private void refresh() {
        FinalModel m = current.get();
        unsaved.set(m != null && (m.file() == null || !Objects.equals(m.ref(), savedRef)));
    }
}
