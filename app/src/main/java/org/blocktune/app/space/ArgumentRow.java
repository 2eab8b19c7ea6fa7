package org.blocktune.app.space;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.blocktune.app.common.Fields;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.workbench.ModelSetup;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.block.ArgCheck;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.ArgType;
import org.blocktune.core.spec.SpecArgument;

/**
 * One generated argument in the search-space form: its name, its fixed value editor or (when
 * marked "tune") its domain editor, and the tune toggle. The value and the mark live in the
 * editor's document, so the inspector shows the same. Fixed values are checked as you type with
 * the argument's own rules; a refused value stays in the field, marked, with the reason.
 */
final class ArgumentRow {
    private final SpecArgument arg;
    private final Workbench wb;
    private final EditorDocument doc;
    private final Label name;
    private final CheckBox tune = new CheckBox("tune");
    private final StackPane slot = new StackPane();
    private final Control fixed;
    private final Label problem;
    private DomainEditor domain;

    ArgumentRow(SpecArgument arg, Workbench wb) {
        this.arg = arg;
        this.wb = wb;
        this.doc = wb.document();
        ArgSpec spec = arg.spec();
        name = new Label(arg.name());
        name.setId("space-name-" + arg.name());
        name.setTooltip(new Tooltip(spec.description() + "\nDefault: " + spec.defaultValue()));
        name.getStyleClass().add("argument-name");
        name.setMinWidth(Label.USE_PREF_SIZE);
        tune.setId("space-tune-" + arg.name());
        tune.setDisable(!spec.tunable());
        if (!spec.tunable()) {
            tune.setTooltip(new Tooltip(arg.name() + " cannot be tuned"));
        }
        tune.setOnAction(e -> wb.setTuned(arg.name(), tune.isSelected()));
        problem = Fields.problemLabel("space-problem-" + arg.name());
        fixed = fixedEditor();
        slot.setAlignment(Pos.CENTER_LEFT);
    }

    /** Adds the row to the form at {@code row}; returns the next free row. */
    int addTo(GridPane grid, int row) {
        grid.add(name, 0, row);
        grid.add(tune, 1, row);
        grid.add(slot, 2, row);
        grid.add(problem, 2, row + 1);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        GridPane.setValignment(tune, javafx.geometry.VPos.TOP);
        return row + 2;
    }

    /** Shows the current value, mark and domain. */
    void refresh(ModelSetup s) {
        boolean tuned = s.tuned().contains(arg.name());
        tune.setSelected(tuned);
        if (tuned) {
            if (domain == null) {
                domain = new DomainEditor(arg, wb);
            } else {
                domain.show(wb.domainOf(arg));
            }
            slot.getChildren().setAll(domain.node());
            problem.setText("");
        } else {
            slot.getChildren().setAll(fixed);
            showFixed();
        }
    }

    /** Shows the domain again (after the domains or the task changed). */
    void refreshDomain() {
        if (domain != null) {
            domain.show(wb.domainOf(arg));
        }
    }

    private void showFixed() {
        Object v = doc.value(arg.name());
        if (fixed instanceof TextField f) {
            if (!f.isFocused() && !f.getStyleClass().contains("invalid-value")) {
                f.setText(v == null ? "" : String.valueOf(v));
            }
        } else if (fixed instanceof ComboBox<?> c) {
            @SuppressWarnings("unchecked")
            ComboBox<String> box = (ComboBox<String>) c;
            box.setValue(String.valueOf(v));
        } else if (fixed instanceof CheckBox c) {
            c.setSelected(Boolean.TRUE.equals(v));
        }
    }

    private Control fixedEditor() {
        ArgSpec spec = arg.spec();
        String id = "space-value-" + arg.name();
        String said = arg.name() + " value";
        if (spec.type() == ArgType.CHOICE) {
            ComboBox<String> box = new ComboBox<>();
            box.setId(id);
            box.setAccessibleText(said);
            box.getItems().setAll(spec.choices());
            box.setOnAction(e -> {
                if (box.getValue() != null && !box.getValue().equals(String.valueOf(doc.value(arg.name())))) {
                    doc.setValue(arg.name(), box.getValue()).ifPresent(problem::setText);
                }
            });
            return box;
        }
        if (spec.type() == ArgType.BOOL) {
            CheckBox c = new CheckBox();
            c.setId(id);
            c.setAccessibleText(said);
            c.setOnAction(e -> doc.setValue(arg.name(), c.isSelected()));
            return c;
        }
        TextField f = Fields.text(id, "", 10);
        f.setAccessibleText(said);
        f.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        f.textProperty().addListener((o, a, text) -> {
            ArgCheck c = doc.check(arg.name(), text);
            problem.setText(c.ok() ? "" : c.problem());
            Fields.mark(f, !c.ok());
        });
        Runnable commit = () -> {
            ArgCheck c = doc.check(arg.name(), f.getText());
            if (c.ok() && !c.value().equals(doc.value(arg.name()))) {
                doc.setValue(arg.name(), f.getText()).ifPresent(problem::setText);
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        return f;
    }

    Node tuneToggle() {
        return tune;
    }
}
