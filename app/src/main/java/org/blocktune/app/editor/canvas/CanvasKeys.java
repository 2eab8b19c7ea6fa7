package org.blocktune.app.editor.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.KeyBinding;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.editor.model.Position;
import org.blocktune.app.editor.model.SpecEdits;
import org.blocktune.core.spec.Node;

/**
 * The canvas from the keyboard: arrow keys walk the blocks in the model's order, Alt+arrows move the
 * selected block (reorder a stack; nudge in a graph; each press one undoable step), C wires the selected
 * block's output to a chosen input port, W walks the wires of the selected block (Delete removes the one
 * selected), Enter edits the block in the inspector, Shift+F10 or the menu key opens its menu. The canvas
 * reads out (its accessible text) what is selected.
 */
final class CanvasKeys {
    /** How far Alt+arrow nudges a block of a functional graph. */
    static final double NUDGE = 20;

    private final GraphCanvas canvas;
    private final EditorDocument doc;
    private final List<KeyBinding> bindings = new ArrayList<>();
    final Label message = new Label();
    Runnable onEdit = () -> { };
    Runnable onAdd = () -> { };

    CanvasKeys(GraphCanvas canvas) {
        this.canvas = canvas;
        this.doc = canvas.doc();
        bindings.add(KeyBinding.of("Down", "Select the next block (in the model's order)", () -> step(1)));
        bindings.add(KeyBinding.of("Right", "Select the next block", () -> step(1)));
        bindings.add(KeyBinding.of("Up", "Select the previous block", () -> step(-1)));
        bindings.add(KeyBinding.of("Left", "Select the previous block", () -> step(-1)));
        bindings.add(KeyBinding.of("Home", "Select the first block", () -> selectAt(0)));
        bindings.add(KeyBinding.of("End", "Select the last block", () -> selectAt(names().size() - 1)));
        bindings.add(KeyBinding.of("Alt+Up", "Move the selected block up (undoable)", () -> move(0, -1)));
        bindings.add(KeyBinding.of("Alt+Down", "Move the selected block down (undoable)", () -> move(0, 1)));
        bindings.add(KeyBinding.of("Alt+Left", "Move the selected block left (graph only)", () -> move(-1, 0)));
        bindings.add(KeyBinding.of("Alt+Right", "Move the selected block right (graph only)", () -> move(1, 0)));
        bindings.add(KeyBinding.of("C", "Connect the selected block's output to… (graph only)", this::connectTo));
        bindings.add(KeyBinding.of("W", "Select the next wire of the selected block (Delete removes it)",
                this::nextWire));
        bindings.add(KeyBinding.of("Enter", "Edit the selected block in the inspector (Escape comes back)",
                this::edit));
        bindings.add(KeyBinding.of("Shift+F10", "Open the selected block's menu", this::openMenu));
        bindings.add(KeyBinding.of("Context_Menu", "Open the selected block's menu", this::openMenu));
        bindings.add(KeyBinding.of("Insert", "Go to the block palette (Enter there adds a block)",
                () -> onAdd.run()));
        bindings.add(KeyBinding.of("Escape", "Clear the selection", this::clear));
        KeyBinding.install(canvas.node(), bindings);
        // JavaFX may also turn Shift+F10 / the menu key into a context-menu request of its own
        canvas.node().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                openMenu();
                e.consume();
            }
        });
        message.setId("canvasMessage");
        message.setMouseTransparent(true);
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: -fx-text-background-color; -fx-font-size: 11px;");
        message.setLayoutX(8);
        message.layoutYProperty().bind(canvas.node().heightProperty().subtract(message.heightProperty()).subtract(6));
        message.maxWidthProperty().bind(canvas.node().widthProperty().subtract(16));
        canvas.node().getChildren().add(message);
        canvas.node().setAccessibleRole(AccessibleRole.PARENT);
        canvas.node().setAccessibleRoleDescription("model canvas");
        canvas.node().setAccessibleHelp("Arrow keys select blocks; Alt+arrows move the selected block; C connects "
                + "it; W selects its wires; Delete removes; Enter edits it; Shift+F10 opens its menu; F2 renames; "
                + "Insert goes to the palette.");
    }

    List<KeyBinding> bindings() {
        return List.copyOf(bindings);
    }

    private List<String> names() {
        return doc.spec().nodes().stream().map(Node::name).toList();
    }

    /** The block the keys act on: the single selected one, else the first selected in the model's order. */
    private Optional<String> current() {
        return names().stream().filter(doc.selection()::contains).findFirst();
    }

    private void say(String text) {
        message.setText(text);
        describeCanvas(canvas);
    }

    private void step(int by) {
        List<String> names = names();
        if (names.isEmpty()) {
            return;
        }
        int at = current().map(names::indexOf).orElse(by > 0 ? -1 : names.size());
        selectAt(Math.max(0, Math.min(names.size() - 1, at + by)));
    }

    private void selectAt(int index) {
        List<String> names = names();
        if (index < 0 || index >= names.size()) {
            return;
        }
        canvas.selectEdge(null);
        doc.select(List.of(names.get(index)), false);
        say("");
    }

    private void clear() {
        if (canvas.selectedEdge() != null) {
            canvas.selectEdge(null);
            say("");
        } else {
            doc.select(List.of(), false);
            say("");
        }
    }

    private void move(int dx, int dy) {
        Optional<String> block = current();
        if (block.isEmpty()) {
            say("Select a block first (arrow keys).");
            return;
        }
        String name = block.get();
        if (doc.functional()) {
            Map<String, Position> to = new LinkedHashMap<>();
            for (String n : doc.selection()) {
                BlockView v = canvas.views().get(n);
                if (v != null) {
                    to.put(n, new Position(v.getLayoutX() + dx * NUDGE, v.getLayoutY() + dy * NUDGE));
                }
            }
            doc.moveBlocks(to);
            say("");
        } else if (dy != 0) {
            int from = names().indexOf(name);
            int target = from + dy;
            if (target < 0 || target >= names().size()) {
                say(name + " is already " + (dy < 0 ? "first" : "last") + " in the stack.");
                return;
            }
            doc.reorder(name, target);
            doc.select(List.of(name), false);
            say(name + " is now block " + (target + 1) + " of " + names().size() + ".");
        } else {
            say("A sequential stack runs top to bottom: Alt+Up and Alt+Down move a block.");
        }
    }

    private void edit() {
        if (doc.selection().isEmpty()) {
            say("Select a block first (arrow keys), then Enter edits it.");
            return;
        }
        onEdit.run();
    }

    private void openMenu() {
        Optional<String> block = current();
        BlockView v = block.map(canvas.views()::get).orElse(null);
        if (v == null || v.getScene() == null) {
            say("Select a block first (arrow keys) to open its menu.");
            return;
        }
        Point2D p = v.localToScreen(BlockView.W / 2, BlockView.H / 2);
        canvas.blockMenu(v, p == null ? 0 : p.getX(), p == null ? 0 : p.getY());
    }

    /** Lets the user pick an input port for the selected block's output, from a list (C). */
    void connectTo() {
        Optional<String> block = current();
        if (block.isEmpty()) {
            say("Select the block to wire from first (arrow keys).");
            return;
        }
        String source = block.get();
        if (!doc.functional()) {
            say("A sequential stack is wired in order: Alt+Up/Down moves a block; the Convert button makes it a "
                    + "graph you can wire freely.");
            return;
        }
        Map<String, String[]> choices = new LinkedHashMap<>();
        for (Node n : doc.spec().nodes()) {
            if (n.name().equals(source)) {
                continue;
            }
            for (String port : SpecEdits.ports(n)) {
                String from = n.inputs().get(port);
                if (source.equals(from)) {
                    continue;
                }
                String label = n.name() + " · " + port + (from == null ? " (free)" : " (now reads " + from + ")");
                choices.put(label, new String[]{n.name(), port});
            }
        }
        if (doc.spec().node(source).map(n -> n.block().isOutput()).orElse(false) || choices.isEmpty()) {
            say(source + " has no output to wire, or no input port is left to wire it to.");
            return;
        }
        ListView<String> list = new ListView<>();
        list.getItems().setAll(choices.keySet());
        list.setId("connectChoices");
        list.setAccessibleText("Input ports " + source + " can feed");
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(320, 28 * choices.size() + 8));
        Dialog<String> d = new Dialog<>();
        if (canvas.node().getScene() != null) {
            d.initOwner(canvas.node().getScene().getWindow());
        }
        d.setTitle("Connect " + source);
        d.setHeaderText("Wire the output of " + source + " into which input port?\n"
                + "Arrow keys choose, Enter connects, Escape cancels.");
        d.getDialogPane().setId("connectDialog");
        d.getDialogPane().setContent(new VBox(list));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        d.setOnShown(e -> list.requestFocus());
        Optional<String> chosen = d.showAndWait();
        canvas.focus();
        chosen.map(choices::get).ifPresent(t -> {
            doc.connect(source, t[0], t[1]);
            doc.select(List.of(source), false);
            say("Wired " + source + " → " + t[0] + "." + t[1] + ".");
        });
    }

    /** Selects the next wire into or out of the selected block (W), so Delete can remove it. */
    private void nextWire() {
        Optional<String> block = current();
        if (block.isEmpty()) {
            say("Select a block first (arrow keys); W then walks its wires.");
            return;
        }
        String name = block.get();
        List<EdgeView> mine = canvas.edges().stream()
                .filter(e -> e.target.equals(name) || e.source.equals(name)).toList();
        if (mine.isEmpty()) {
            say(name + " has no wires.");
            return;
        }
        int at = mine.indexOf(canvas.selectedEdge());
        EdgeView next = mine.get((at + 1) % mine.size());
        canvas.selectEdge(next);
        say("Wire " + EdgeView.describe(next) + " selected" + (doc.functional() ? "; Delete removes it."
                : " (a stack's wires follow its order)."));
    }

    /** Sets the canvas's accessible text to what a screen reader should read: the model and the selection. */
    static void describeCanvas(GraphCanvas canvas) {
        EditorDocument doc = canvas.doc();
        StringBuilder b = new StringBuilder("Model canvas, ")
                .append(doc.functional() ? "functional graph" : "sequential stack").append(" of ")
                .append(doc.spec().nodes().size()).append(" blocks. ");
        EdgeView edge = canvas.selectedEdge();
        if (edge != null) {
            b.append("Selected wire: ").append(EdgeView.describe(edge)).append(". ");
        } else if (doc.selection().isEmpty()) {
            b.append("No block selected. ");
        } else {
            for (String n : doc.selection()) {
                BlockView v = canvas.views().get(n);
                if (v != null) {
                    b.append("Selected: ").append(v.getAccessibleText()).append(". ");
                }
            }
        }
        String said = canvas.message();
        if (!said.isEmpty()) {
            b.append(said);
        }
        canvas.node().setAccessibleText(b.toString().strip());
    }
}
