package org.blocktune.app.editor;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.spec.Resolution;

/** A layer summary like Keras' {@code summary()}, from the core's resolved network. */
public final class SummaryView {
    private final TextArea text = new TextArea();
    private final EditorDocument doc;

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
                : name + ": " + r.errors().size() + " problem(s)";
    }

    private void refresh() {
        Resolution r = doc.resolution();
        String head = "Model: " + doc.spec().name() + (doc.functional() ? " (functional)" : " (sequential)") + "\n\n";
        text.setText(head + (r.ok() ? r.network().summary().render()
                : "The spec does not resolve yet; see Problems.\n" + r.errorMessage()));
    }
}
