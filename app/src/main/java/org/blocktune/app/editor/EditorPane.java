package org.blocktune.app.editor;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.blocktune.app.editor.canvas.GraphCanvas;
import org.blocktune.app.editor.layout.LayeredLayout;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.OutcomeShape;
import org.blocktune.core.spec.Shape;

/**
 * The editor area: a toolbar (zoom, fit, layout, data shape), the canvas, the inspector, and the
 * problems and summary tabs. Each view observes the {@link EditorDocument}; none talks to another.
 */
public final class EditorPane {
    private final EditorDocument doc;
    private final GraphCanvas canvas;
    private final SummaryView summary;
    private final BorderPane root = new BorderPane();
    private final Label mode = new Label();
    private final TextField inputShape = new TextField();
    private final TextField outcome = new TextField();
    private final Inspector inspector;

    public EditorPane(EditorDocument doc) {
        this.doc = doc;
        LayeredLayout.warmUpInBackground();
        canvas = new GraphCanvas(doc);
        inspector = new Inspector(doc);
        canvas.setOnEditRequest(inspector::focusFirst);
        inspector.setOnEscape(canvas::focus);
        ProblemsView problems = new ProblemsView(doc);
        summary = new SummaryView(doc);
        Tab problemsTab = new Tab("Problems", problems.node());
        Tab summaryTab = new Tab("Summary", summary.node());
        problemsTab.setClosable(false);
        summaryTab.setClosable(false);
        TabPane tabs = new TabPane(problemsTab, summaryTab);
        tabs.setId("editorTabs");
        doc.addListener(c -> problemsTab.setText("Problems (" + doc.resolution().problems().size() + ")"));
        problemsTab.setText("Problems (" + doc.resolution().problems().size() + ")");
        SplitPane vertical = new SplitPane(canvas.node(), tabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        SplitPane horizontal = new SplitPane(vertical, inspector.node());
        horizontal.setDividerPositions(0.7);
        org.blocktune.app.common.WindowLayout.remember("editor.canvas-problems", vertical);
        org.blocktune.app.common.WindowLayout.remember("editor.inspector", horizontal);
        root.setTop(toolbar());
        root.setCenter(horizontal);
        doc.addListener(c -> refreshToolbar());
        refreshToolbar();
    }

    private ToolBar toolbar() {
        Button zoomIn = button("+", "Zoom in (Ctrl+=)", canvas::zoomIn);
        Button zoomOut = button("−", "Zoom out (Ctrl+-)", canvas::zoomOut);
        Button fit = button("Fit", "Fit to view (Ctrl+0)", canvas::fit);
        Button layout = button("Layout", "Automatic layered layout (Ctrl+L)", () -> {
            doc.autoLayout();
            canvas.fit();
        });
        Button convert = button("Convert", "Switch between sequential stack and functional graph", doc::convert);
        zoomIn.setId("zoomInButton");
        zoomOut.setId("zoomOutButton");
        fit.setId("fitButton");
        layout.setId("layoutButton");
        convert.setId("convertButton");
        mode.setId("modeLabel");
        inputShape.setId("inputShape");
        inputShape.setPrefColumnCount(7);
        inputShape.setTooltip(new Tooltip("Input shape without the batch dimension, e.g. 4 or 28,28,1"));
        outcome.setId("outcomeShape");
        outcome.setPrefColumnCount(6);
        outcome.setTooltip(new Tooltip("Outcome: number of classes (e.g. 3) or 'reg 1' for a numeric outcome"));
        inputShape.setOnAction(e -> applyData());
        outcome.setOnAction(e -> applyData());
        zoomIn.setAccessibleText("Zoom in");
        zoomOut.setAccessibleText("Zoom out");
        Label inputLabel = new Label("  Input");
        Label outcomeLabel = new Label("Outcome");
        inputLabel.setLabelFor(inputShape);
        outcomeLabel.setLabelFor(outcome);
        inputShape.setAccessibleText("Input shape");
        outcome.setAccessibleText("Outcome shape");
        return new ToolBar(mode, zoomOut, zoomIn, fit, layout, convert, inputLabel, inputShape,
                outcomeLabel, outcome);
    }

    private void applyData() {
        try {
            String[] parts = inputShape.getText().trim().split("[,x× ]+");
            java.util.List<Integer> dims = new java.util.ArrayList<>();
            for (String p : parts) {
                dims.add(Integer.parseInt(p));
            }
            String o = outcome.getText().trim().toLowerCase();
            OutcomeShape out = o.startsWith("reg") ? OutcomeShape.numeric(Integer.parseInt(o.replaceAll("\\D", "")
                    .isEmpty() ? "1" : o.replaceAll("\\D", ""))) : OutcomeShape.classes(Integer.parseInt(o));
            doc.setData(new DataShape(java.util.Map.of("input", new Shape(dims)), java.util.Map.of("output", out)));
            inputShape.setStyle("");
        } catch (RuntimeException ex) {
            inputShape.setStyle("-fx-border-color: #d33;");
            inputShape.setTooltip(new Tooltip("Not a shape: " + ex.getMessage()));
        }
    }

    private void refreshToolbar() {
        mode.setText(doc.functional() ? "Functional graph" : "Sequential stack");
        DataShape d = doc.data();
        if (d.singleInput() && !inputShape.isFocused()) {
            inputShape.setText(String.join(",", d.onlyInput().dims().stream().map(String::valueOf).toList()));
        }
        if (d.singleOutput() && !outcome.isFocused()) {
            OutcomeShape o = d.onlyOutput();
            outcome.setText(o.classification() ? String.valueOf(o.width()) : "reg " + o.width());
            outcome.setEditable(true);
        } else if (!d.singleOutput()) {
            outcome.setText(String.join(", ", d.outputs().keySet())); // several outputs come from the data's outcomes
            outcome.setEditable(false);
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    public Node node() {
        return root;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    /** The inspector (its keys are listed by Help ▸ Keyboard Shortcuts). */
    public Inspector inspector() {
        return inspector;
    }

    /** One line for the status bar. */
    public String statusLine() {
        return summary.statusLine();
    }
}
