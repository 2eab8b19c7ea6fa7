package org.blocktune.app.editor.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.editor.model.NodeFeedback;
import org.blocktune.app.editor.model.Position;
import org.blocktune.app.editor.model.SpecEdits;
import org.blocktune.core.block.Block;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Spec;

/**
 * The graph editor's canvas. Sequential specs are drawn as a vertical stack (drag to reorder,
 * drop between blocks to insert); functional specs are placed freely and wired by dragging from
 * an output port to a named input port. Supports click/shift-click/rubber-band selection,
 * moving, zoom, pan and fit. It observes the {@link EditorDocument} and edits only through it.
 */
public final class GraphCanvas {
    static final double SEQ_X = 60;
    static final double SEQ_TOP = 40;
    static final double SEQ_PITCH = BlockView.H + 46;

    private final EditorDocument doc;
    private final Pane viewport = new Pane();
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group blockLayer = new Group();
    private final Group overlay = new Group();
    private final Scale scale = new Scale(1, 1);
    private final Translate pan = new Translate(0, 0);
    private final Map<String, BlockView> views = new LinkedHashMap<>();
    private final javafx.scene.control.Label total = new javafx.scene.control.Label();
    private final List<EdgeView> edges = new ArrayList<>();
    private EdgeView selectedEdge;
    private final CanvasKeys keys;

    // gesture state
    private Point2D dragStart;
    private Map<String, Position> dragOrigin;
    private boolean dragged;
    private Line wire;
    private String wireSource;
    private Rectangle band;
    private Point2D panStart;

    public GraphCanvas(EditorDocument doc) {
        this.doc = doc;
        viewport.setId("canvas");
        viewport.getStyleClass().add("canvas");
        viewport.setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        world.getTransforms().addAll(pan, scale);
        world.getChildren().addAll(edgeLayer, blockLayer, overlay);
        total.setId("paramTotal");
        total.getStyleClass().add("param-total");
        // Modena's text colour for the background (both themes set it), without a rule in the theme sheets
        total.setStyle("-fx-text-fill: -fx-text-background-color; -fx-opacity: 0.75; -fx-font-size: 11px;");
        total.setMouseTransparent(true);
        total.setLayoutX(8);
        total.setLayoutY(6);
        viewport.getChildren().addAll(world, total);
        viewport.setMinSize(200, 200);
        installBackgroundGestures();
        keys = new CanvasKeys(this);
        doc.addListener(c -> {
            if (c == EditorDocument.Change.CONTENT) {
                rebuild();
            } else if (c == EditorDocument.Change.SELECTION) {
                restyle();
            }
        });
        rebuild();
    }

    /** The canvas node. */
    public Pane node() {
        return viewport;
    }

    public double zoom() {
        return scale.getX();
    }

    // ---- drawing ----

    /**
     * Brings every block and wire up to date with the document. Views of unchanged blocks and
     * wires are kept and only their texts updated, so an edit or a move does not recreate (and
     * re-style) the whole canvas.
     */
    public void rebuild() {
        Map<String, BlockView> old = new LinkedHashMap<>(views);
        views.clear();
        selectEdge(null);
        Spec spec = doc.spec();
        boolean functional = doc.functional();
        List<BlockView> list = new ArrayList<>();
        int i = 0;
        for (Node n : spec.nodes()) {
            NodeFeedback fb = doc.feedback(n.name());
            List<String> ports = functional ? SpecEdits.ports(n) : List.of();
            BlockView v = old.remove(n.name()); // removed: a (faulty) duplicate name gets a view of its own
            if (v != null && v.node.equals(n) && v.ports.equals(ports) && v.showPorts == functional) {
                v.update(fb, doc.value("num_" + n.name()));
            } else {
                v = new BlockView(n, ports, doc.value("num_" + n.name()), fb, functional);
                installBlockGestures(v);
            }
            v.setTuned(tunedArguments(n.name()));
            if (functional && n.block().isOutput() && doc.data() != null) {
                java.util.List<String> outcomes = java.util.List.copyOf(doc.data().outputs().keySet());
                long outputBlocks = spec.nodes().stream().filter(x -> x.block().isOutput()).count();
                String bound = outcomes.contains(n.name()) ? n.name()
                        : outcomes.size() == 1 && outputBlocks == 1 ? outcomes.get(0) : null;
                v.showOutcome(bound, outcomes);
            }
            Position p = functional ? doc.state().layout().getOrDefault(n.name(), new Position(40, 40 + i * 120))
                    : new Position(SEQ_X, SEQ_TOP + i * SEQ_PITCH);
            v.setLayoutX(p.x());
            v.setLayoutY(p.y());
            views.put(n.name(), v);
            list.add(v);
            i++;
        }
        Map<String, EdgeView> oldEdges = new LinkedHashMap<>();
        edges.forEach(e -> oldEdges.put(e.key(), e));
        edges.clear();
        if (functional) {
            for (Node n : spec.nodes()) {
                n.inputs().forEach((port, src) -> {
                    if (views.containsKey(src)) {
                        edges.add(edge(oldEdges, src, n.name(), port, port + shapeText(src)));
                    }
                });
            }
        } else {
            for (int k = 0; k + 1 < spec.nodes().size(); k++) {
                String src = spec.nodes().get(k).name();
                edges.add(edge(oldEdges, src, spec.nodes().get(k + 1).name(), "input",
                        shapeText(src).replaceFirst("^ · ", "")));
            }
        }
        syncChildren(blockLayer, list);
        syncChildren(edgeLayer, edges);
        placeEdges();
        restyle();
        total.setText(totalText(doc.resolution()));
    }

    /** The total parameter count; with errors, the count of the blocks that resolve, marked partial. */
    static String totalText(org.blocktune.core.spec.Resolution r) {
        if (r.ok()) {
            return String.format("%,d params", r.network().totalParams());
        }
        int errors = r.errors().size();
        return String.format("≥ %,d params (partial: %d error%s)", r.partial().totalParams(), errors,
                errors == 1 ? "" : "s");
    }

    /**
     * Makes a layer's children exactly {@code wanted}, in order, touching only the nodes that
     * change: removing and re-adding an unchanged node would re-apply its CSS.
     */
    private static void syncChildren(Group layer, List<? extends javafx.scene.Node> wanted) {
        List<javafx.scene.Node> children = layer.getChildren();
        if (children.equals(wanted)) {
            return;
        }
        Set<javafx.scene.Node> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(c -> !keep.contains(c));
        for (int k = 0; k < wanted.size(); k++) {
            javafx.scene.Node w = wanted.get(k);
            if (k < children.size() && children.get(k) == w) {
                continue;
            }
            children.remove(w);
            children.add(k, w);
        }
    }

    private String shapeText(String node) {
        NodeFeedback fb = doc.feedback(node);
        return fb.output() == null ? "" : " · " + fb.output().keras();
    }

    /** The block's tuned arguments without the block's prefix ("units" for dense_units; "num" for num_dense). */
    private List<String> tunedArguments(String block) {
        List<String> out = new ArrayList<>();
        for (String a : doc.state().tuned()) {
            if (a.equals("num_" + block)) {
                out.add("num");
            } else if (a.startsWith(block + "_")) {
                out.add(a.substring(block.length() + 1));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    private EdgeView edge(Map<String, EdgeView> old, String src, String target, String port, String text) {
        EdgeView kept = old.remove(EdgeView.key(src, target, port));
        if (kept != null) {
            kept.setText(text);
            return kept;
        }
        EdgeView e = new EdgeView(src, target, port, text);
        // the line itself (a wider invisible stroke along it) and its label select the wire
        e.setOnMousePressed(ev -> {
            selectEdge(e);
            viewport.requestFocus();
            if (ev.getButton() == MouseButton.SECONDARY) {
                javafx.scene.control.MenuItem delete = item("Delete wire", "deleteWire", this::deleteSelected);
                delete.setDisable(!doc.functional());
                menu(delete).show(e, ev.getScreenX(), ev.getScreenY());
            }
            ev.consume();
        });
        return e;
    }

    void selectEdge(EdgeView e) {
        if (selectedEdge != null) {
            selectedEdge.setSelected(false);
        }
        selectedEdge = e;
        if (e != null) {
            e.setSelected(true);
        }
    }

    private void placeEdges() {
        for (EdgeView e : edges) {
            BlockView s = views.get(e.source);
            BlockView t = views.get(e.target);
            e.place(s.outX(), s.outY(), t.inX(e.port), t.inY());
        }
    }

    private void restyle() {
        views.forEach((n, v) -> v.setSelected(doc.selection().contains(n)));
        CanvasKeys.describeCanvas(this);
    }

    /** The drawn block of a node (for tests and benchmarks). */
    public javafx.scene.Node blockNode(String name) {
        return views.get(name);
    }

    // ---- block gestures: select, move/reorder, wire, num ----

    private void installBlockGestures(BlockView v) {
        v.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                blockMenu(v, e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            viewport.requestFocus();
            selectEdge(null);
            if (e.isShiftDown() || e.isShortcutDown()) {
                doc.toggle(v.name);
            } else if (!doc.selection().contains(v.name)) {
                doc.select(List.of(v.name), false);
            }
            dragStart = new Point2D(e.getSceneX(), e.getSceneY());
            dragOrigin = new LinkedHashMap<>();
            for (String n : doc.selection()) {
                BlockView sv = views.get(n);
                if (sv != null) {
                    dragOrigin.put(n, new Position(sv.getLayoutX(), sv.getLayoutY()));
                }
            }
            dragged = false;
            e.consume();
        });
        v.setOnMouseDragged(e -> {
            if (dragStart == null) {
                return;
            }
            double dx = (e.getSceneX() - dragStart.getX()) / zoom();
            double dy = (e.getSceneY() - dragStart.getY()) / zoom();
            dragged |= Math.abs(dx) + Math.abs(dy) > 2;
            dragOrigin.forEach((n, p) -> {
                BlockView sv = views.get(n);
                sv.setLayoutX(doc.functional() ? p.x() + dx : p.x());
                sv.setLayoutY(p.y() + dy);
            });
            placeEdges();
            e.consume();
        });
        v.setOnMouseReleased(e -> {
            if (dragStart == null) {
                return;
            }
            Map<String, Position> origin = dragOrigin;
            dragStart = null;
            dragOrigin = null;
            if (!dragged) {
                return;
            }
            if (doc.functional()) {
                Map<String, Position> to = new LinkedHashMap<>();
                origin.keySet().forEach(n -> to.put(n, new Position(views.get(n).getLayoutX(),
                        views.get(n).getLayoutY())));
                doc.moveBlocks(to);
            } else {
                int index = (int) Math.round((views.get(v.name).getLayoutY() - SEQ_TOP) / SEQ_PITCH);
                int before = doc.spec().nodes().stream().map(Node::name).toList().indexOf(v.name);
                if (index != before) {
                    doc.reorder(v.name, Math.max(0, index));
                } else {
                    rebuild();
                }
            }
            e.consume();
        });
        if (v.outPort != null) {
            installWireGesture(v);
        }
        v.inPorts.forEach((port, c) -> c.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.SECONDARY || e.getClickCount() == 2) {
                doc.disconnect(v.name, port);
            }
            e.consume();
        }));
        v.num.setOnMouseClicked(e -> {
            editNum(v);
            e.consume();
        });
        v.num.setOnMousePressed(MouseEvent::consume);
    }

    private void installWireGesture(BlockView v) {
        Circle out = v.outPort;
        out.setOnMousePressed(e -> {
            wireSource = v.name;
            wire = new Line(v.outX(), v.outY(), v.outX(), v.outY());
            wire.getStyleClass().add("wire-preview");
            wire.setMouseTransparent(true);
            overlay.getChildren().add(wire);
            e.consume();
        });
        out.setOnMouseDragged(e -> {
            if (wire != null) {
                Point2D p = world.sceneToLocal(e.getSceneX(), e.getSceneY());
                wire.setEndX(p.getX());
                wire.setEndY(p.getY());
            }
            e.consume();
        });
        out.setOnMouseReleased(e -> {
            if (wire != null) {
                overlay.getChildren().remove(wire);
                wire = null;
                String[] hit = portAt(e.getSceneX(), e.getSceneY());
                String source = wireSource;
                wireSource = null;
                if (hit != null) {
                    doc.connect(source, hit[0], hit[1]);
                }
            }
            e.consume();
        });
    }

    /** The [block, port] of the input port under a scene point, with a few pixels of slack. */
    private String[] portAt(double sceneX, double sceneY) {
        for (BlockView v : views.values()) {
            for (Map.Entry<String, Circle> p : v.inPorts.entrySet()) {
                Bounds b = p.getValue().localToScene(p.getValue().getBoundsInLocal());
                double slack = 8;
                if (sceneX >= b.getMinX() - slack && sceneX <= b.getMaxX() + slack
                        && sceneY >= b.getMinY() - slack && sceneY <= b.getMaxY() + slack) {
                    return new String[]{v.name, p.getKey()};
                }
            }
        }
        return null;
    }

    private void editNum(BlockView v) {
        TextField f = new TextField(String.valueOf(doc.value("num_" + v.name)));
        f.setId("numEditor");
        f.setPrefColumnCount(3);
        f.setLayoutX(v.getLayoutX() + BlockView.W - 50);
        f.setLayoutY(v.getLayoutY() + 2);
        overlay.getChildren().add(f);
        f.requestFocus();
        f.selectAll();
        f.textProperty().addListener((o, a, text) -> {
            var c = doc.check("num_" + v.name, text);
            f.setStyle(c.ok() ? "" : "-fx-border-color: #d33;");
            f.setTooltip(c.ok() ? null : org.blocktune.app.common.LongTip.of(c.problem()));
        });
        Runnable close = () -> overlay.getChildren().remove(f);
        f.setOnAction(e -> {
            if (doc.check("num_" + v.name, f.getText()).ok()) {
                close.run();
                doc.setValue("num_" + v.name, f.getText());
            }
        });
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                close.run();
            }
        });
    }

    // ---- background gestures: rubber band, pan, zoom, keys ----

    private void installBackgroundGestures() {
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            viewport.requestFocus();
            if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY
                    || (e.getButton() == MouseButton.PRIMARY && e.isAltDown())) {
                panStart = new Point2D(e.getX() - pan.getX(), e.getY() - pan.getY());
                return;
            }
            selectEdge(null);
            Point2D p = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            band = new Rectangle(p.getX(), p.getY(), 0, 0);
            band.getStyleClass().add("rubber-band");
            band.setUserData(p);
            band.setMouseTransparent(true);
            overlay.getChildren().add(band);
            if (!e.isShiftDown()) {
                doc.select(List.of(), false);
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (panStart != null) {
                pan.setX(e.getX() - panStart.getX());
                pan.setY(e.getY() - panStart.getY());
            } else if (band != null) {
                Point2D a = (Point2D) band.getUserData();
                Point2D b = world.sceneToLocal(e.getSceneX(), e.getSceneY());
                band.setX(Math.min(a.getX(), b.getX()));
                band.setY(Math.min(a.getY(), b.getY()));
                band.setWidth(Math.abs(a.getX() - b.getX()));
                band.setHeight(Math.abs(a.getY() - b.getY()));
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            panStart = null;
            if (band != null) {
                Bounds r = band.getBoundsInParent();
                overlay.getChildren().remove(band);
                band = null;
                if (r.getWidth() > 3 || r.getHeight() > 3) {
                    Set<String> hit = new HashSet<>();
                    views.forEach((n, v) -> { // blocks wholly inside the band, not those it crosses
                        if (r.contains(v.getLayoutX(), v.getLayoutY(), BlockView.W, BlockView.H)) {
                            hit.add(n);
                        }
                    });
                    doc.select(doc.spec().nodes().stream().map(Node::name).filter(hit::contains).toList(),
                            e.isShiftDown());
                }
            }
        });
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
            } else {
                pan.setX(pan.getX() + e.getDeltaX());
                pan.setY(pan.getY() + e.getDeltaY());
            }
            e.consume();
        });
    }

    /** The block's menu (right click): rename, duplicate, copy, delete; the block is selected first. */
    void blockMenu(BlockView v, double screenX, double screenY) {
        viewport.requestFocus();
        if (!doc.selection().contains(v.name)) {
            doc.select(List.of(v.name), false);
        }
        selectEdge(null);
        menu(item("Rename…", "renameBlock", () -> renameDialog(v.name)),
                item("Connect to…", "connectBlock", keys::connectTo),
                item("Duplicate", "duplicateBlock", doc::duplicate),
                item("Copy", "copyBlock", doc::copy),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Delete", "deleteBlock", doc::deleteSelection)).show(v, screenX, screenY);
    }

    private static javafx.scene.control.ContextMenu menu(javafx.scene.control.MenuItem... items) {
        javafx.scene.control.ContextMenu m = new javafx.scene.control.ContextMenu(items);
        m.setAutoHide(true);
        return m;
    }

    private static javafx.scene.control.MenuItem item(String text, String id, Runnable action) {
        javafx.scene.control.MenuItem i = new javafx.scene.control.MenuItem(text);
        i.setId(id);
        i.setMnemonicParsing(false);
        i.setOnAction(a -> action.run());
        return i;
    }

    /** Asks for a block's new name; a refused name is explained and nothing changes. */
    void renameDialog(String block) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(block);
        if (viewport.getScene() != null) {
            d.initOwner(viewport.getScene().getWindow());
        }
        d.setTitle("Rename block");
        d.setHeaderText("The block's name prefixes its arguments (" + block + "_units → <new name>_units).");
        d.getDialogPane().setId("renameBlockDialog");
        d.showAndWait().ifPresent(n -> doc.rename(block, n.strip()).ifPresent(problem -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                    "Could not rename " + block + " to '" + n.strip() + "': " + problem + ".");
            a.initOwner(d.getOwner());
            a.showAndWait();
        }));
    }

    /** Deletes the selected wire, or else the selected blocks. */
    public void deleteSelected() {
        if (selectedEdge != null) {
            EdgeView e = selectedEdge;
            selectedEdge = null;
            if (doc.functional()) {
                doc.disconnect(e.target, e.port);
            }
        } else {
            doc.deleteSelection();
        }
    }

    // ---- keyboard (see CanvasKeys) ----

    /** The keys the canvas answers while it has the focus (also listed by Help ▸ Keyboard Shortcuts). */
    public List<org.blocktune.app.common.KeyBinding> keyBindings() {
        return keys.bindings();
    }

    /** Runs when Enter is pressed on a selected block (the editor moves the focus to the inspector). */
    public void setOnEditRequest(Runnable r) {
        keys.onEdit = r;
    }

    /** Runs when Insert is pressed on the canvas (the editor moves the focus to the palette). */
    public void setOnAddRequest(Runnable r) {
        keys.onAdd = r;
    }

    /**
     * Asks for a new name of the single selected block when the canvas has the focus (F2).
     *
     * @return false when there was nothing to rename here (the caller renames the model instead)
     */
    public boolean renameSelected() {
        if (!viewport.isFocused() || doc.selection().size() != 1) {
            return false;
        }
        renameDialog(doc.selection().iterator().next());
        return true;
    }

    /** Gives the canvas the keyboard focus. */
    public void focus() {
        viewport.requestFocus();
    }

    /** The text the canvas shows about the last keyboard action (what happened, or why nothing did). */
    public String message() {
        return keys.message.getText();
    }

    EditorDocument doc() {
        return doc;
    }

    Map<String, BlockView> views() {
        return views;
    }

    List<EdgeView> edges() {
        return edges;
    }

    EdgeView selectedEdge() {
        return selectedEdge;
    }

    // ---- zoom / fit / drop ----

    public void zoomIn() {
        zoomAt(1.25, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Zooms by a factor keeping the viewport point (x, y) fixed. */
    public void zoomAt(double factor, double x, double y) {
        double s = Math.max(0.1, Math.min(3, zoom() * factor));
        double f = s / zoom();
        pan.setX(x - (x - pan.getX()) * f);
        pan.setY(y - (y - pan.getY()) * f);
        scale.setX(s);
        scale.setY(s);
    }

    /** Scales and pans so every block is visible. */
    public void fit() {
        if (views.isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (BlockView v : views.values()) {
            minX = Math.min(minX, v.getLayoutX());
            minY = Math.min(minY, v.getLayoutY() - 20);
            maxX = Math.max(maxX, v.getLayoutX() + BlockView.W);
            maxY = Math.max(maxY, v.getLayoutY() + BlockView.H + 10);
        }
        double w = Math.max(100, viewport.getWidth());
        double h = Math.max(100, viewport.getHeight());
        double s = Math.max(0.1, Math.min(1.5, Math.min((w - 40) / (maxX - minX), (h - 40) / (maxY - minY))));
        scale.setX(s);
        scale.setY(s);
        pan.setX((w - (maxX - minX) * s) / 2 - minX * s);
        pan.setY((h - (maxY - minY) * s) / 2 - minY * s);
    }

    /**
     * Adds a block dropped at a scene point (from the palette): placed there in a graph, inserted
     * between the blocks around that height in a stack.
     *
     * @return false when the point is outside the canvas
     */
    public boolean dropBlock(Block block, double sceneX, double sceneY) {
        Bounds b = viewport.localToScene(viewport.getBoundsInLocal());
        if (!b.contains(sceneX, sceneY)) {
            return false;
        }
        Point2D p = world.sceneToLocal(sceneX, sceneY);
        if (doc.functional()) {
            doc.addBlock(block, new Position(p.getX() - BlockView.W / 2, p.getY() - BlockView.H / 2), -1);
        } else {
            // dropping onto a block, or into the gap above it, inserts before it; below the stack
            // means "before the output block"
            int n = doc.spec().nodes().size();
            int index = (int) Math.ceil((p.getY() - SEQ_TOP - BlockView.H) / SEQ_PITCH);
            doc.addBlock(block, null, index >= n ? -1 : Math.max(0, index));
        }
        viewport.requestFocus();
        return true;
    }
}
