package org.blocktune.app.teach;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.workbench.Navigator;
import org.blocktune.app.workbench.Step;
import org.blocktune.core.explain.Explanation;
import org.blocktune.core.spec.SpecArgument;

/**
 * "Show in editor" for an explanation: switches to the Model step, selects the block at fault and puts the
 * keyboard focus on the argument's field in the inspector (for a training argument such as
 * {@code learn_rate}, no block is selected, so the inspector lists the model's own arguments). The main
 * window installs it once; FX thread only.
 */
public final class EditorPointer {
    private static EditorDocument doc;
    private static Navigator nav;
    private static Node root;

    private EditorPointer() {
    }

    /** Points explanations at this window's editor ({@code root}: any node of the window, to find the inspector). */
    public static void install(EditorDocument document, Navigator navigator, Node windowRoot) {
        doc = document;
        nav = navigator;
        root = windowRoot;
    }

    /** True when {@code e} names a block or argument that an installed editor can show. */
    public static boolean canShow(Explanation e) {
        return doc != null && e != null && e.pointsAtEditor();
    }

    /** Shows the block and argument of {@code e} in the editor. */
    public static void show(Explanation e) {
        if (!canShow(e)) {
            return;
        }
        nav.show(Step.MODEL);
        Optional<String> block = blockOf(e);
        doc.select(block.map(List::of).orElse(List.of()), false);
        if (e.argument() != null) {
            String id = "#arg-" + e.argument();
            Platform.runLater(() -> {
                Node field = root.getScene() == null ? null : root.getScene().lookup(id);
                if (field != null) {
                    field.requestFocus();
                    scrollIntoView(field);
                }
            });
        }
    }

    /** Scrolls the scroll pane around {@code n} (the inspector's) so that {@code n} is in view. */
    static void scrollIntoView(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                double extra = content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                if (extra > 0) {
                    double target = Math.max(0, Math.min(1, (y - sp.getViewportBounds().getHeight() / 3) / extra));
                    sp.setVvalue(sp.getVmin() + target * (sp.getVmax() - sp.getVmin()));
                }
                return;
            }
        }
    }

    /** The block to select: the one named, else the one the argument belongs to. */
    static Optional<String> blockOf(Explanation e) {
        if (e.node() != null && doc.spec().node(e.node()).isPresent()) {
            return Optional.of(e.node());
        }
        if (e.argument() != null) {
            SpecArgument a = doc.arguments().get(e.argument());
            if (a != null && a.node() != null) {
                return Optional.of(a.node());
            }
        }
        return Optional.empty();
    }
}
