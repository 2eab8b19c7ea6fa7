package org.blocktune.app.workbench;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A step that is still being built (Run, Results): says what it will hold and, for Run, what it
 * would run now.
 */
public final class PlaceholderScreen {
    private final VBox root = new VBox(10);

    private PlaceholderScreen(String id, String title, String body) {
        root.setId(id);
        root.getStyleClass().addAll("screen", "placeholder-screen");
        root.setPadding(new Insets(24));
        root.setAlignment(Pos.TOP_LEFT);
        Label t = new Label(title);
        t.getStyleClass().add("screen-heading");
        Label b = new Label(body);
        b.setWrapText(true);
        b.setMaxWidth(720);
        root.getChildren().addAll(t, b);
    }

    /** The Run step: what it will do, and how many fits the current setup amounts to. */
    public static PlaceholderScreen run(Workbench wb) {
        PlaceholderScreen s = new PlaceholderScreen("runScreen", "Run — coming next",
                "This step will tune: fit every candidate on every resample and score it, with live progress "
                        + "(per-fold metrics and per-epoch loss), Cancel and resume. A failing candidate is recorded "
                        + "with its error and the run goes on; every finished fit is saved as soon as it ends.");
        Label now = new Label();
        now.setId("runPlan");
        now.setWrapText(true);
        now.getStyleClass().add("live-line");
        Runnable refresh = () -> {
            int n = wb.runCandidates().size();
            int resamples = resamples(wb);
            now.setText(wb.dataProperty().get() == null ? "Load data on the Data step first."
                    : "With the current setup: " + n + " candidate" + (n == 1 ? "" : "s")
                    + (wb.keptProperty().get() != null ? " (valid rows kept after the dry run)" : "")
                    + " × " + resamples + " resample" + (resamples == 1 ? "" : "s") + " = " + n * resamples + " fits.");
        };
        wb.candidatesProperty().addListener((o, a, b) -> refresh.run());
        wb.keptProperty().addListener((o, a, b) -> refresh.run());
        wb.resamplingProperty().addListener((o, a, b) -> refresh.run());
        wb.dataProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        s.root.getChildren().add(now);
        return s;
    }

    /** The Results step: what it will show. */
    public static PlaceholderScreen results() {
        return new PlaceholderScreen("resultsScreen", "Results — coming next",
                "This step will show the tuning results: a table per candidate and fold and summarised (mean, n, "
                        + "standard error) for each metric; show best, select best or by one standard error; "
                        + "charts of each metric against each tuned argument, parallel coordinates and per-epoch "
                        + "history; then finalise the chosen candidate on the whole training set and evaluate it on "
                        + "the test set.");
    }

    private static int resamples(Workbench wb) {
        var rs = wb.resamplingProperty().get();
        return switch (rs.scheme()) {
            case VFOLD -> rs.folds() * rs.repeats();
            case BOOTSTRAP -> rs.times();
            case VALIDATION -> 1;
        };
    }

    public Node node() {
        return root;
    }
}
