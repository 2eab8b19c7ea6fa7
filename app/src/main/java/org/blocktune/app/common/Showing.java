package org.blocktune.app.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;

/**
 * Whether a node is on show: in a scene, and it and every ancestor visible (a step in a hidden tab
 * is not). Screens use it to skip redrawing what nobody sees and catch up when they come on show.
 * FX thread only.
 */
public final class Showing {
    private final Node node;
    private final Runnable onShown;
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener check = o -> check();
    private boolean showing;

    private Showing(Node node, Runnable onShown) {
        this.node = node;
        this.onShown = onShown;
        node.sceneProperty().addListener(check);
        watch();
        showing = of(node);
    }

    /** True when {@code node} is in a scene and it and all its ancestors are visible. */
    public static boolean of(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code onShown} each time {@code node} comes on show (its tab is selected, it joins a scene…). */
    public static void whenShown(Node node, Runnable onShown) {
        new Showing(node, onShown);
    }

    private void check() {
        watch();
        boolean now = of(node);
        boolean was = showing;
        showing = now;
        if (now && !was) {
            onShown.run();
        }
    }

    /** Listens to the visibility and the parent of the node and each of its ancestors as they are now. */
    private void watch() {
        watched.forEach(o -> o.removeListener(check));
        watched.clear();
        for (Node n = node; n != null; n = n.getParent()) {
            watched.add(n.visibleProperty());
            watched.add(n.parentProperty());
        }
        watched.forEach(o -> o.addListener(check));
    }
}
