package org.blocktune.app.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.Task;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.metrics.OutputMetric;
import org.blocktune.core.metrics.ProbMetric;

/**
 * The metrics of the next run: a check box per metric that suits the task (the task's defaults
 * checked until the user changes them) and which one is optimised (listed first). Writes the
 * workbench's metric list; an empty list means the task's defaults. FX thread only.
 */
final class MetricsChooser {
    private final Workbench wb;
    private final FlowPane boxes = new FlowPane(10, 4);
    private final ComboBox<String> optimised = new ComboBox<>();
    private final Label none = new Label("Load data first: the metrics follow the task.");
    private final HBox root;
    private final Map<String, CheckBox> checks = new LinkedHashMap<>();
    private Object shownTask;
    private boolean updating;

    MetricsChooser(Workbench wb) {
        this.wb = wb;
        boxes.setId("metricBoxes");
        optimised.setId("optimisedMetric");
        none.getStyleClass().add("inspector-description");
        Label opt = new Label("optimise:");
        opt.visibleProperty().bind(optimised.visibleProperty());
        root = new HBox(8, boxes, opt, optimised, none);
        root.setAlignment(Pos.CENTER_LEFT);
        none.managedProperty().bind(none.visibleProperty());
        optimised.setOnAction(e -> {
            if (!updating) {
                write();
            }
        });
        wb.dataCheckProperty().addListener((o, a, b) -> rebuild());
        wb.metricsProperty().addListener((o, a, b) -> show());
        rebuild();
    }

    Node node() {
        return root;
    }

    /** The metric names the run will use, the optimised one first (empty while the task is unknown). */
    List<String> effective() {
        Task t = wb.task();
        if (t == null) {
            return List.of();
        }
        List<String> chosen = wb.metricsProperty().get();
        if (chosen.isEmpty() || !fits(chosen, catalogue(t))) {
            return defaults(t).stream().map(Metric::metricName).toList();
        }
        Map<String, Boolean> outs = outputs();
        if (!outs.isEmpty()) {
            // a project may name plain metrics (for every output they suit): show them per output, as the run records them
            return OutputMetric.expand(chosen.stream().map(Metric::byName).toList(), outs).stream()
                    .map(Metric::metricName).toList();
        }
        return chosen;
    }

    /** Output name → whether it predicts classes, for a network with several outputs; else empty. */
    private Map<String, Boolean> outputs() {
        var c = wb.dataCheckProperty().get();
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (c != null && c.shape() != null && c.shape().outputs().size() > 1) {
            c.shape().outputs().forEach((name, o) -> out.put(name, o.classification()));
        }
        return out;
    }

    /** The defaults: the task's, or with several outputs each output's task's, per output (as a project run). */
    private List<Metric> defaults(Task t) {
        Map<String, Boolean> outs = outputs();
        if (outs.isEmpty()) {
            return Metric.defaults(t);
        }
        List<Metric> base = new ArrayList<>();
        outs.values().forEach(cls -> Metric.defaults(cls ? Task.CLASSIFICATION : Task.REGRESSION).stream()
                .filter(m -> !base.contains(m)).forEach(base::add));
        return OutputMetric.expand(base, outs);
    }

    /** Every metric offered: the task's, or with several outputs each output's, named "<output> <metric>". */
    private List<Metric> catalogue(Task t) {
        Map<String, Boolean> outs = outputs();
        if (outs.isEmpty()) {
            return catalogueOf(t);
        }
        List<Metric> all = new ArrayList<>();
        outs.forEach((name, cls) -> catalogueOf(cls ? Task.CLASSIFICATION : Task.REGRESSION)
                .forEach(m -> all.add(new OutputMetric(name, m))));
        return all;
    }

    private void rebuild() {
        Task t = wb.task();
        Object key = t == null ? null : t + " " + outputs();
        if (java.util.Objects.equals(key, shownTask) && !checks.isEmpty()) {
            show();
            return;
        }
        shownTask = key;
        checks.clear();
        boxes.getChildren().clear();
        none.setVisible(t == null);
        optimised.setVisible(t != null);
        if (t == null) {
            return;
        }
        if (!wb.metricsProperty().get().isEmpty() && !fits(wb.metricsProperty().get(), catalogue(t))) {
            wb.metricsProperty().set(List.of()); // saved for the other task: back to this task's defaults
        }
        for (Metric m : catalogue(t)) {
            CheckBox c = new CheckBox(m.metricName());
            c.setMnemonicParsing(false); // names hold underscores (roc_auc)
            c.setId("metric-" + m.metricName().replace(' ', '-'));
            c.setTooltip(org.blocktune.app.common.LongTip.of(org.blocktune.app.common.MetricHelp.of(m.metricName())));
            c.selectedProperty().addListener((o, a, b) -> {
                if (!updating) {
                    write();
                }
            });
            checks.put(m.metricName(), c);
            boxes.getChildren().add(c);
        }
        show();
    }

    private void show() {
        updating = true;
        try {
            List<String> eff = effective();
            checks.forEach((name, c) -> c.setSelected(eff.contains(name)));
            optimised.getItems().setAll(eff);
            optimised.setValue(eff.isEmpty() ? null : eff.get(0));
        } finally {
            updating = false;
        }
    }

    private void write() {
        List<String> on = new ArrayList<>();
        checks.forEach((name, c) -> {
            if (c.isSelected()) {
                on.add(name);
            }
        });
        if (on.isEmpty()) {
            show(); // at least one metric: refuse to uncheck the last
            return;
        }
        String first = optimised.getValue();
        if (first == null || !on.contains(first)) {
            first = effective().stream().filter(on::contains).findFirst().orElse(on.get(0));
        }
        List<String> list = new ArrayList<>();
        list.add(first);
        for (String n : on) {
            if (!n.equals(first)) {
                list.add(n);
            }
        }
        wb.metricsProperty().set(List.copyOf(list));
    }

    /** True when every name is offered, or (several outputs) is a plain metric that suits some output. */
    private static boolean fits(List<String> names, List<Metric> catalogue) {
        List<String> ok = new ArrayList<>(catalogue.stream().map(Metric::metricName).toList());
        catalogue.stream().filter(m -> m instanceof OutputMetric).map(m -> ((OutputMetric) m).metric().metricName())
                .forEach(ok::add);
        return ok.containsAll(names);
    }

    private static List<Metric> catalogueOf(Task t) {
        List<Metric> all = new ArrayList<>();
        if (t == Task.REGRESSION) {
            all.addAll(List.of(NumericMetric.values()));
        } else {
            all.addAll(List.of(ClassMetric.values()));
            all.addAll(List.of(ProbMetric.values()));
        }
        return all;
    }
}
