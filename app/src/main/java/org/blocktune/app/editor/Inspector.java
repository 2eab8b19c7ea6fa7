package org.blocktune.app.editor;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.block.ArgCheck;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.ArgType;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecArguments;

/**
 * Shows and edits the selected block: its name, {@code num_<block>} and every argument with its
 * value, type, default and description, plus a "tune" toggle per argument. With no block selected
 * it shows the training arguments (learn_rate, fit_*, compile_*). Values are checked as you type
 * with the core's {@link ArgSpec#check}; impossible values are refused with a message.
 */
public final class Inspector {
    private final EditorDocument doc;
    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);
    private Shown shown;

    /** Everything the inspector shows; when a change leaves it equal (a move), nothing is rebuilt. */
    private record Shown(List<String> selection, Object subject, List<SpecArgument> args, List<Object> values,
                         List<Boolean> tuned) {
    }

    public Inspector(EditorDocument doc) {
        this.doc = doc;
        box.setPadding(new Insets(8));
        box.setId("inspector");
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(330);
        doc.addListener(c -> {
            if (c != EditorDocument.Change.FILE) {
                rebuild();
            }
        });
        rebuild();
    }

    public Node node() {
        return scroll;
    }

    private Runnable onEscape = () -> { };
    private final List<org.blocktune.app.common.KeyBinding> keys = List.of(org.blocktune.app.common.KeyBinding.of(
            "Escape", "In the inspector: back to the canvas", () -> onEscape.run()));

    {
        org.blocktune.app.common.KeyBinding.installFilter(scroll, keys);
        scroll.setAccessibleText("Inspector");
    }

    /** Runs when Escape is pressed inside the inspector (the editor gives the canvas the focus back). */
    public void setOnEscape(Runnable r) {
        onEscape = r;
    }

    /** The keys the inspector answers (listed by Help ▸ Keyboard Shortcuts). */
    public List<org.blocktune.app.common.KeyBinding> keyBindings() {
        return keys;
    }

    /** Gives the focus to the inspector's first field (the block's name, or the first training argument). */
    public void focusFirst() {
        box.applyCss();
        box.layout();
        firstFocusable(box).ifPresent(Node::requestFocus);
    }

    private static Optional<Node> firstFocusable(Node n) {
        if (n.isFocusTraversable() && !n.isDisabled() && n.isVisible()) {
            return Optional.of(n);
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Optional<Node> f = firstFocusable(c);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private void rebuild() {
        Optional<org.blocktune.core.spec.Node> sel = doc.selectedNode();
        List<SpecArgument> all = SpecArguments.of(doc.spec());
        List<SpecArgument> shownArgs = sel.isPresent()
                ? all.stream().filter(a -> sel.get().name().equals(a.node())).toList()
                : doc.selection().size() > 1 ? List.of() : all.stream().filter(a -> a.node() == null).toList();
        Shown now = new Shown(List.copyOf(doc.selection()), sel.isPresent() ? sel.get() : doc.spec().name(),
                shownArgs, shownArgs.stream().map(a -> doc.value(a.name())).toList(),
                shownArgs.stream().map(a -> doc.tuned(a.name())).toList());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        String focused = focusedId();
        box.getChildren().clear();
        List<SpecArgument> args = shownArgs;
        if (sel.isPresent()) {
            org.blocktune.core.spec.Node n = sel.get();
            Label heading = heading("Block");
            TextField name = new TextField(n.name());
            name.setId("blockName");
            name.setAccessibleText("Block name");
            Label nameProblem = problemLabel("blockNameProblem");
            name.setOnAction(e -> doc.rename(n.name(), name.getText().trim())
                    .ifPresent(nameProblem::setText));
            Label type = new Label(n.block().name() + " — " + n.block().description());
            type.setWrapText(true);
            type.getStyleClass().add("inspector-description");
            box.getChildren().addAll(heading, name, nameProblem, type);
        } else if (doc.selection().size() > 1) {
            box.getChildren().add(heading(doc.selection().size() + " blocks selected"));
        } else {
            box.getChildren().add(heading("Model " + doc.spec().name()));
            Label hint = new Label("Select a block to edit its arguments. Training arguments:");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        javafx.scene.layout.ColumnConstraints c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints c2 = new javafx.scene.layout.ColumnConstraints();
        c2.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(c0, c1, c2);
        int row = 0;
        for (SpecArgument a : args) {
            row = addRow(grid, row, a);
        }
        box.getChildren().add(grid);
        if (focused != null) {
            Node f = box.lookup("#" + focused);
            if (f != null) {
                f.requestFocus();
            }
        }
    }

    private int addRow(GridPane grid, int row, SpecArgument a) {
        ArgSpec spec = a.spec();
        String label = a.group() == SpecArgument.Group.BLOCK ? a.blockArgument() : a.name();
        Label name = new Label(label);
        name.setTooltip(new Tooltip(a.name()));
        Control editor = editor(a, spec);
        name.setLabelFor(editor);
        CheckBox tune = new CheckBox("tune");
        tune.setId("tune-" + a.name());
        tune.setSelected(doc.tuned(a.name()));
        tune.setDisable(!spec.tunable());
        tune.setAccessibleText("tune " + a.name());
        tune.setOnAction(e -> doc.setTuned(a.name(), tune.isSelected()));
        Label info = new Label(typeText(spec) + " · default " + spec.defaultValue() + " — " + spec.description());
        info.setWrapText(true);
        info.getStyleClass().add("inspector-description");
        Label problem = problemLabel("problem-" + a.name());
        if (editor instanceof TextField f) {
            f.textProperty().addListener((o, old, text) -> {
                ArgCheck c = doc.check(a.name(), text);
                problem.setText(c.ok() ? "" : c.problem());
                if (c.ok()) {
                    f.getStyleClass().remove("invalid-value");
                } else if (!f.getStyleClass().contains("invalid-value")) {
                    f.getStyleClass().add("invalid-value");
                }
            });
            Runnable commit = () -> {
                if (!f.getText().equals(String.valueOf(doc.value(a.name())))) {
                    doc.setValue(a.name(), f.getText()).ifPresent(problem::setText);
                }
            };
            f.setOnAction(e -> commit.run());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is && f.getScene() != null) {
                    commit.run();
                }
            });
        }
        if (label.length() > 16) {
            // long names (fit_early_stopping_restore_best …) get a line of their own, in full
            grid.add(name, 0, row++, 3, 1);
            grid.add(editor, 0, row, 2, 1);
        } else {
            grid.add(name, 0, row);
            grid.add(editor, 1, row);
        }
        grid.add(tune, 2, row);
        grid.add(problem, 0, row + 1, 3, 1);
        grid.add(info, 0, row + 2, 3, 1);
        return row + 3;
    }

    private Control editor(SpecArgument a, ArgSpec spec) {
        Object value = doc.value(a.name());
        if (spec.type() == ArgType.CHOICE) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(spec.choices());
            box.setValue(String.valueOf(value));
            box.setId("arg-" + a.name());
            box.setOnAction(e -> doc.setValue(a.name(), box.getValue()));
            return box;
        }
        if (spec.type() == ArgType.BOOL) {
            CheckBox c = new CheckBox();
            c.setSelected(Boolean.TRUE.equals(value));
            c.setId("arg-" + a.name());
            c.setOnAction(e -> doc.setValue(a.name(), c.isSelected()));
            return c;
        }
        TextField f = new TextField(String.valueOf(value));
        f.setId("arg-" + a.name());
        f.setPrefColumnCount(6);
        return f;
    }

    private static String typeText(ArgSpec spec) {
        return switch (spec.type()) {
            case INT -> "integer " + spec.range().describe();
            case REAL -> "real " + spec.range().describe();
            case BOOL -> "true/false";
            case CHOICE -> "one of " + String.join(", ", spec.choices());
            case TEXT -> "text";
        };
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-heading");
        return l;
    }

    private static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("value-problem");
        return l;
    }

    private String focusedId() {
        Scene s = box.getScene();
        Node f = s == null ? null : s.getFocusOwner();
        return f != null && f.getId() != null && box.lookup("#" + f.getId()) == f ? f.getId() : null;
    }
}
