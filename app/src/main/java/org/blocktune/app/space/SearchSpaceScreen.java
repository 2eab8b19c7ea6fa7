package org.blocktune.app.space;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.space.ParameterSet;

/**
 * The Search space step: every generated argument of the spec with its fixed value or, when
 * tuned, its domain (left), and the grid settings with a live preview of the candidates (right).
 */
public final class SearchSpaceScreen {
    private final Workbench wb;
    private final BorderPane root = new BorderPane();
    private final Label summary = new Label();

    public SearchSpaceScreen(Workbench wb) {
        this.wb = wb;
        root.setId("spaceScreen");
        root.getStyleClass().add("screen");
        summary.setId("spaceSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("screen-subheading");
        Label how = new Label("Tick \"tune\" to search over an argument (the editor's inspector shows the same marks); "
                + "give it a range or a list of values. Untuned arguments keep their fixed value.");
        how.setWrapText(true);
        how.getStyleClass().add("inspector-description");
        VBox top = new VBox(2, summary, how);
        top.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(top);
        ArgumentForm form = new ArgumentForm(wb);
        GridPanel grid = new GridPanel(wb);
        StrategyPanel strategy = new StrategyPanel(wb);
        VBox right = new VBox(grid.node(), strategy.node());
        VBox.setVgrow(grid.node(), javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(form.node(), right);
        split.setDividerPositions(0.6);
        root.setCenter(split);
        grid.watchForBadEntries(root);
        wb.spaceProperty().addListener((o, a, s) -> showSummary());
        wb.setupProperty().addListener((o, a, s) -> showSummary());
        showSummary();
    }

    public Node node() {
        return root;
    }

    private void showSummary() {
        ParameterSet s = wb.space();
        int args = (int) wb.setup().arguments().stream().map(a -> a.name()).distinct().count();
        String tuned = s.isEmpty() ? "none tuned" : s.size() + " tuned: " + String.join(", ", s.names());
        summary.setText("Model " + wb.setup().spec().name() + " — " + args + " arguments, " + tuned + ".");
    }
}
