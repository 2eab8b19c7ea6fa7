package org.blocktune.app.space;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.Fields;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.block.ArgCheck;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.ArgType;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.Transform;
import org.blocktune.core.spec.SpecArgument;

/**
 * Edits the domain of one tuned argument: an integer or real range (lower, upper, transform) or a
 * set of values, plus its levels in a regular grid. Checked as you type: an impossible domain is
 * marked in place with the reason and the last good one stays in use; values the argument itself
 * refuses (e.g. negative units) are allowed with a warning, as the dry run will report them.
 */
final class DomainEditor {
    private static final String RANGE = "range";
    private static final String VALUES = "values";

    private final SpecArgument arg;
    private final Workbench wb;
    private final ComboBox<String> form = new ComboBox<>();
    private final TextField lower;
    private final TextField upper;
    private final ComboBox<Transform> transform = new ComboBox<>();
    private final TextField values;
    private final TextField levels;
    private final Label problem;
    private final Label warning = new Label();
    private final HBox rangeBox;
    private final HBox valuesBox;
    private final HBox levelsBox;
    private final VBox root = new VBox(3);
    private Double openUpper;
    private boolean updating;

    DomainEditor(SpecArgument arg, Workbench wb) {
        this.arg = arg;
        this.wb = wb;
        String n = arg.name();
        lower = Fields.text("domain-lower-" + n, "", 5);
        upper = Fields.text("domain-upper-" + n, "", 5);
        values = Fields.text("domain-values-" + n, "", 16);
        levels = Fields.text("domain-levels-" + n, "", 3);
        levels.setPromptText("grid");
        levels.setTooltip(new Tooltip("Levels of this argument in a regular grid (empty = the grid's levels)"));
        problem = Fields.problemLabel("domain-problem-" + n);
        problem.setMaxWidth(360);
        warning.setId("domain-warning-" + n);
        warning.setWrapText(true);
        warning.getStyleClass().add("value-warning");
        warning.setMaxWidth(360);
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        form.setId("domain-form-" + n);
        form.setAccessibleText(n + ": range or values");
        lower.setAccessibleText(n + ": lower end");
        upper.setAccessibleText(n + ": upper end");
        transform.setAccessibleText(n + ": spacing");
        values.setAccessibleText(n + ": values");
        form.getItems().setAll(RANGE, VALUES);
        transform.setId("domain-transform-" + n);
        transform.getItems().setAll(Transform.values());
        transform.setTooltip(new Tooltip("How the range is spaced: evenly, or evenly in decades (log10) or doublings (log2)"));
        transform.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Transform t) {
                return t == null ? "" : t == Transform.IDENTITY ? "linear" : t.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Transform fromString(String s) {
                return null;
            }
        });
        Label to = new Label("to");
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {form, lower, upper, transform, to, levels}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        rangeBox = new HBox(4, lower, to, upper, transform);
        rangeBox.setAlignment(Pos.CENTER_LEFT);
        valuesBox = new HBox(4, values);
        valuesBox.setAlignment(Pos.CENTER_LEFT);
        if (arg.spec().type() == ArgType.CHOICE) {
            values.setTooltip(new Tooltip("Comma-separated, from: " + String.join(", ", arg.spec().choices())));
        } else {
            values.setTooltip(new Tooltip("Comma-separated values"));
        }
        Label lv = new Label("levels");
        lv.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label lvHint = new Label("in a regular grid (empty: the grid's)");
        lvHint.getStyleClass().add("inspector-description");
        lvHint.setWrapText(true); // wraps in a narrow window instead of ending in "…"
        lvHint.setMinWidth(60);
        HBox.setHgrow(lvHint, javafx.scene.layout.Priority.ALWAYS);
        levelsBox = new HBox(4, lv, levels, lvHint);
        levelsBox.setAlignment(Pos.CENTER_LEFT);
        HBox line = new HBox(6);
        line.setAlignment(Pos.CENTER_LEFT);
        if (numeric()) {
            line.getChildren().add(form);
        }
        line.getChildren().addAll(rangeBox, valuesBox);
        root.getChildren().addAll(line, levelsBox, problem, warning);
        for (Node b : new Node[] {rangeBox, valuesBox, levelsBox}) {
            b.managedProperty().bind(b.visibleProperty());
        }
        form.valueProperty().addListener((o, a, b) -> {
            rangeBox.setVisible(RANGE.equals(b));
            valuesBox.setVisible(VALUES.equals(b));
            publish();
        });
        lower.textProperty().addListener((o, a, b) -> publish());
        upper.textProperty().addListener((o, a, b) -> publish());
        values.textProperty().addListener((o, a, b) -> publish());
        transform.valueProperty().addListener((o, a, b) -> publish());
        levels.textProperty().addListener((o, a, b) -> publishLevels());
        wb.gridProperty().addListener((o, a, g) -> showLevels(g));
        showLevels(wb.gridProperty().get());
        show(wb.domainOf(arg));
    }

    Node node() {
        return root;
    }

    private boolean numeric() {
        return arg.spec().type() == ArgType.INT || arg.spec().type() == ArgType.REAL;
    }

    private void showLevels(GridSettings g) {
        levelsBox.setVisible(g.kind() == GridSettings.Kind.REGULAR);
    }

    /** Shows a domain unless the user is typing in this editor or it holds a bad entry. */
    void show(Domain d) {
        boolean editing = root.lookupAll(".text-field").stream().anyMatch(f -> f.isFocused()
                || f.getStyleClass().contains("invalid-value"));
        if (editing) {
            return;
        }
        updating = true;
        try {
            if (d instanceof Domain.IntRange r) {
                form.setValue(RANGE);
                lower.setText(String.valueOf(r.lower()));
                upper.setText(String.valueOf(r.upper()));
                transform.setValue(r.transform());
            } else if (d instanceof Domain.RealRange r) {
                form.setValue(RANGE);
                lower.setText(Fields.format(r.lower()));
                upper.setText(Fields.format(r.upper()));
                transform.setValue(r.transform());
                openUpper = r.upperOpen() ? r.upper() : null;
            } else if (d instanceof Domain.ValueSet v) {
                form.setValue(VALUES);
                values.setText(String.join(", ", v.values().stream().map(Fields::format).toList()));
            }
            rangeBox.setVisible(RANGE.equals(form.getValue()));
            valuesBox.setVisible(VALUES.equals(form.getValue()));
            Integer lv = wb.levelsProperty().get().get(arg.name());
            levels.setText(lv == null ? "" : lv.toString());
            warning.setText(outsideWarning(d));
        } finally {
            updating = false;
        }
    }

    private void publish() {
        if (updating) {
            return;
        }
        Fields.mark(lower, false);
        Fields.mark(upper, false);
        Fields.mark(values, false);
        try {
            Domain d = parse();
            problem.setText("");
            warning.setText(outsideWarning(d));
            wb.setDomain(arg.name(), d);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            warning.setText("");
        }
    }

    private void publishLevels() {
        if (updating) {
            return;
        }
        String t = levels.getText().trim();
        if (t.isEmpty()) {
            Fields.mark(levels, false);
            problem.setText("");
            wb.setLevels(arg.name(), null);
            return;
        }
        var n = Fields.parseInt(t).filter(x -> x >= 1);
        Fields.mark(levels, n.isEmpty());
        problem.setText(n.isEmpty() ? "levels must be a whole number of at least 1 (or empty for the grid's levels)" : "");
        n.ifPresent(x -> wb.setLevels(arg.name(), x));
    }

    private Domain parse() {
        ArgType type = arg.spec().type();
        if (numeric() && RANGE.equals(form.getValue())) {
            Transform t = transform.getValue() == null ? Transform.IDENTITY : transform.getValue();
            if (type == ArgType.INT) {
                int lo = Fields.parseInt(lower.getText()).orElseThrow(() -> bad(lower, "the lower bound must be a whole number"));
                int hi = Fields.parseInt(upper.getText()).orElseThrow(() -> bad(upper, "the upper bound must be a whole number"));
                return markBoth(() -> new Domain.IntRange(lo, hi, t));
            }
            double lo = Fields.parseDouble(lower.getText()).orElseThrow(() -> bad(lower, "the lower bound must be a number"));
            double hi = Fields.parseDouble(upper.getText()).orElseThrow(() -> bad(upper, "the upper bound must be a number"));
            return markBoth(() -> new Domain.RealRange(lo, hi, t, openUpper != null && hi == openUpper));
        }
        List<Object> list = new ArrayList<>();
        for (String part : values.getText().split(",")) {
            String s = part.trim();
            if (s.isEmpty()) {
                continue;
            }
            list.add(switch (type) {
                case INT -> Fields.parseInt(s).orElseThrow(() -> bad(values, "'" + s + "' is not a whole number"));
                case REAL -> Fields.parseDouble(s).orElseThrow(() -> bad(values, "'" + s + "' is not a number"));
                case BOOL -> {
                    if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
                        throw bad(values, "'" + s + "' is not true or false");
                    }
                    yield Boolean.parseBoolean(s.toLowerCase(java.util.Locale.ROOT));
                }
                case CHOICE, TEXT -> {
                    ArgCheck c = arg.spec().check(s);
                    yield c.ok() ? c.value() : s;
                }
            });
        }
        if (list.isEmpty()) {
            throw bad(values, "give at least one value, separated by commas");
        }
        if (list.stream().distinct().count() < list.size()) {
            throw bad(values, "a value is listed twice");
        }
        return new Domain.ValueSet(list);
    }

    private Domain markBoth(java.util.function.Supplier<Domain> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            Fields.mark(lower, true);
            Fields.mark(upper, true);
            throw e;
        }
    }

    private static IllegalArgumentException bad(TextField f, String message) {
        Fields.mark(f, true);
        return new IllegalArgumentException(message);
    }

    /** A warning when the domain holds values the argument refuses (the dry run will flag those rows). */
    private String outsideWarning(Domain d) {
        ArgSpec spec = arg.spec();
        List<Object> probe = new ArrayList<>();
        if (d instanceof Domain.IntRange r) {
            probe.add(r.lower());
            probe.add(r.upper());
        } else if (d instanceof Domain.RealRange r) {
            probe.add(r.lower());
            probe.add(r.upper() == r.lower() || !r.upperOpen() ? r.upper() : Math.nextDown(r.upper()));
        } else if (d instanceof Domain.ValueSet v) {
            probe.addAll(v.values());
        }
        for (Object v : probe) {
            ArgCheck c = spec.check(v);
            if (!c.ok()) {
                return "⚠ " + c.problem() + ": candidates with such values will fail the dry run.";
            }
        }
        return "";
    }
}
