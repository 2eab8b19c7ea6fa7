package org.blocktune.app.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.BuiltinBlock;
import org.blocktune.core.block.CompositeArg;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.FieldValue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;
import org.blocktune.core.spec.Node;

/**
 * Creates a composite block from the selected built-in blocks (in stack order) or from scratch:
 * a name, a description, the layers, and for every layer field either a literal value or a
 * declared argument (with its default). The core's {@link CompositeBlock} checks the definition.
 */
public final class CompositeDialog {
    private final EditorDocument doc;
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final TextField layers = new TextField();
    private final GridPane fields = new GridPane();
    private final Label problem = new Label();
    private final List<Row> rows = new ArrayList<>();

    private record Row(int layer, LayerKind kind, ArgSpec field, CheckBox expose, TextField argName,
                       TextField value) {
    }

    private CompositeDialog(EditorDocument doc) {
        this.doc = doc;
    }

    /** Shows the dialog; returns the new block when the user confirms a valid definition. */
    public static Optional<CompositeBlock> show(Window owner, EditorDocument doc) {
        return new CompositeDialog(doc).run(owner);
    }

    private Optional<CompositeBlock> run(Window owner) {
        Dialog<CompositeBlock> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Create composite block");
        d.setHeaderText("A reusable block made of layers; fields can be bound to the block's own arguments.");
        name.setId("compositeName");
        name.setPromptText("e.g. dense_dropout");
        layers.setId("compositeLayers");
        List<String> kinds = new ArrayList<>();
        Map<Integer, Map<String, Object>> values = new LinkedHashMap<>();
        for (Node n : doc.spec().nodes()) {
            if (doc.selection().contains(n.name()) && n.block() instanceof BuiltinBlock b) {
                Map<String, Object> v = new LinkedHashMap<>();
                b.arguments().forEach(a -> v.put(a.name(), doc.value(n.name() + "_" + a.name())));
                values.put(kinds.size(), v);
                kinds.add(b.kind().keyword());
            }
        }
        layers.setText(kinds.isEmpty() ? "dense, dropout" : String.join(", ", kinds));
        Button refresh = new Button("Update fields");
        refresh.setOnAction(e -> fillFields(Map.of()));
        fillFields(values);
        problem.setId("compositeProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("value-problem");
        fields.setHgap(6);
        fields.setVgap(3);
        ScrollPane sp = new ScrollPane(fields);
        sp.setPrefHeight(260);
        VBox box = new VBox(6, new Label("Name"), name, new Label("Description"), description,
                new Label("Layers, first to last (e.g. dense, dropout)"), new HBox(6, layers, refresh),
                new Label("Fields: tick 'argument' to expose a field as a block argument"), sp, problem);
        box.setPrefWidth(520);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                build();
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(bt -> bt == ButtonType.OK ? build() : null);
        return d.showAndWait();
    }

    private void fillFields(Map<Integer, Map<String, Object>> values) {
        fields.getChildren().clear();
        rows.clear();
        String[] parts = layers.getText().split("[,\\s]+");
        int r = 0;
        for (int i = 0; i < parts.length; i++) {
            Optional<LayerKind> kind = LayerKind.byKeyword(parts[i].trim());
            if (kind.isEmpty()) {
                continue;
            }
            fields.add(new Label((i + 1) + ". " + kind.get().keyword()), 0, r++, 3, 1);
            for (ArgSpec a : kind.get().arguments()) {
                Object v = values.getOrDefault(i, Map.of()).getOrDefault(a.name(), a.defaultValue());
                CheckBox expose = new CheckBox("argument");
                expose.setId("expose-" + (i + 1) + "-" + a.name());
                TextField argName = new TextField(a.name());
                argName.setId("argName-" + (i + 1) + "-" + a.name());
                argName.setPrefColumnCount(8);
                TextField value = new TextField(String.valueOf(v));
                value.setId("value-" + (i + 1) + "-" + a.name());
                value.setPrefColumnCount(8);
                value.textProperty().addListener((o, x, t) -> problem.setText(a.check(t).ok() ? ""
                        : a.check(t).problem()));
                fields.addRow(r++, new Label("   " + a.name()), value, expose, argName);
                rows.add(new Row(i, kind.get(), a, expose, argName, value));
            }
        }
    }

    private CompositeBlock build() {
        String[] parts = layers.getText().split("[,\\s]+");
        List<LayerTemplate> templates = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                continue;
            }
            LayerKind k = LayerKind.byKeyword(p).orElseThrow(() -> new IllegalArgumentException(
                    "unknown layer '" + p + "'"));
            templates.add(LayerTemplate.of(k));
            indices.add(i);
        }
        Map<String, CompositeArg> args = new LinkedHashMap<>();
        for (Row row : rows) {
            int t = indices.indexOf(row.layer());
            if (t < 0 || templates.get(t).kind() != row.kind()) {
                throw new IllegalArgumentException("the layers changed; press 'Update fields'");
            }
            var check = row.field().check(row.value().getText());
            if (!check.ok()) {
                throw new IllegalArgumentException("layer " + (row.layer() + 1) + ": " + check.problem());
            }
            if (row.expose().isSelected()) {
                String arg = row.argName().getText().trim();
                args.putIfAbsent(arg, new CompositeArg(arg, check.value()));
                templates.set(t, templates.get(t).with(row.field().name(), new FieldValue.ArgRef(arg)));
            } else if (!check.value().equals(row.field().defaultValue())) {
                templates.set(t, templates.get(t).set(row.field().name(), check.value()));
            }
        }
        CompositeBlock b = new CompositeBlock(name.getText().trim(), description.getText().trim(),
                List.copyOf(args.values()), templates);
        doc.catalogue().with(b); // refuses built-in names
        return b;
    }
}
