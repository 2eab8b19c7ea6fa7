package org.blocktune.app.editor;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.spec.Resolution;

/**
 * A layer summary like Keras' {@code summary()}, from the core's resolved network. While the spec
 * has errors it shows the part that resolves, and says the total is partial.
 */
public final class SummaryView {
    private final TextArea text = new TextArea();
    private final EditorDocument doc;
    private Resolution shown;

    public SummaryView(EditorDocument doc) {
        this.doc = doc;
        text.setId("specSummary");
        text.setEditable(false);
        text.getStyleClass().add("summary");
        doc.addListener(c -> {
            if (c == EditorDocument.Change.CONTENT) {
                refresh();
            }
        });
        refresh();
    }

    public Node node() {
        return text;
    }

    /** One line for the status bar. */
    public String statusLine() {
        Resolution r = doc.resolution();
        String name = doc.spec().name();
        return r.ok() ? String.format("%s: %d layers, %,d parameters", name, r.network().layers().size(),
                r.network().totalParams())
                : String.format("%s: %d problem(s); %s", name, r.errors().size(), partialParams(r));
    }

    /** The parameter count of a spec with errors, e.g. "≥ 1,234 parameters (partial: 1 error)". */
    static String partialParams(Resolution r) {
        int errors = r.errors().size();
        return String.format("≥ %,d parameters (partial: %d error%s)", r.partial().totalParams(), errors,
                errors == 1 ? "" : "s");
    }

    private void refresh() {
        Resolution r = doc.resolution();
        if (r == shown) {
            return; // a move keeps the resolution: nothing to re-render
        }
        shown = r;
        String head = "Model: " + doc.spec().name() + (doc.functional() ? " (functional)" : " (sequential)") + "\n\n";
        if (r.ok()) {
            text.setText(head + r.network().summary().render());
            return;
        }
        String body = "The spec does not resolve yet; see Problems.\n" + r.errorMessage() + "\n";
        if (!r.partial().layers().isEmpty()) {
            body += "\nThe blocks that resolve so far (blocks at fault and those after them are missing), "
                    + partialParams(r) + ":\n\n" + r.partial().summary().render();
        }
        text.setText(head + body);
    }
}
