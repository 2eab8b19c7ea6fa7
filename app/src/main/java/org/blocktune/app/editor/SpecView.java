package org.blocktune.app.editor;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecResolver;

/**
 * Read-only view of a spec in the editor area: its blocks, generated arguments and layer summary
 * (resolved by the core, no DL4J involved). The graphical editor replaces it.
 */
public final class SpecView {
    private final VBox box = new VBox(8);
    private final Label heading = new Label("No model open");
    private final TextArea text = new TextArea();
    private String statusLine = "";

    public SpecView() {
        heading.setId("specHeading");
        heading.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        text.setId("specSummary");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(text, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.getChildren().addAll(heading, text);
    }

    /** The view's node. */
    public Node node() {
        return box;
    }

    /** One line for the status bar about the shown spec. */
    public String statusLine() {
        return statusLine;
    }

    /** Shows a spec resolved with the given values. */
    public void show(Spec spec, DataShape data, Map<String, Object> values) {
        Resolution r = SpecResolver.resolve(spec, values, data);
        heading.setText(spec.name() + (spec instanceof org.blocktune.core.spec.FunctionalSpec ? " (functional)"
                : " (sequential)"));
        StringBuilder sb = new StringBuilder();
        sb.append("Blocks:\n");
        spec.nodes().forEach(n -> sb.append("  ").append(n.name()).append(" : ").append(n.block().name())
                .append(n.inputs().isEmpty() ? "" : "  ← " + n.inputs()).append('\n'));
        sb.append("\nArguments: ").append(String.join(", ", spec.arguments().stream()
                .filter(a -> a.group().ordinal() < 2).map(a -> a.name()).toList())).append(", learn_rate, fit_*, "
                + "compile_*\n\n");
        if (r.ok()) {
            sb.append(r.network().summary().render());
            statusLine = spec.name() + ": " + r.network().layers().size() + " layers, "
                    + String.format("%,d", r.network().totalParams()) + " parameters";
        } else {
            sb.append("Problems:\n");
            r.problems().forEach(p -> sb.append(p.isError() ? "  ✖ " : "  ⚠ ").append(p.message()).append('\n'));
            statusLine = spec.name() + ": " + r.errors().size() + " problem(s)";
        }
        for (Problem p : r.problems()) {
            if (!p.isError()) {
                sb.append("⚠ ").append(p.message()).append('\n');
            }
        }
        text.setText(sb.toString());
    }
}
