package org.blocktune.app.results;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.blocktune.core.tune.BracketRun;
import org.blocktune.core.tune.FitStatus;
import org.blocktune.core.tune.RaceRun;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * The Results step's Strategy tab, for runs made with racing, Hyperband or pruning: the compute
 * saved ("412 of 1,000 epochs trained; 58.8 % saved"), what the strategy did in words, and the
 * racing plot or the Hyperband bracket view.
 */
final class StrategyPane {
    private final BorderPane root = new BorderPane();
    private final Label compute = new Label();
    private final Label summary = new Label();
    private final ChartCard chart;

    StrategyPane(Consumer<String> report) {
        root.setId("strategyPane");
        compute.setId("strategyCompute");
        compute.getStyleClass().add("screen-subheading");
        summary.setId("strategySummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("inspector-description");
        VBox top = new VBox(2, compute, summary);
        top.setPadding(new Insets(6, 8, 4, 8));
        root.setTop(top);
        chart = new ChartCard("strategyChart", "strategy", report);
    }

    Node node() {
        return root;
    }

    ChartCard chart() {
        return chart;
    }

    /** Shows what {@code results}' strategy did, charting {@code metric} for a race. */
    void show(TuneResults results, String metric) {
        SearchStrategy s = results.info().strategy();
        compute.setText(results.computeUse().describe());
        if (s.isDefault()) {
            summary.setText("This run fitted every candidate on every resample. Racing, Hyperband or median pruning "
                    + "(Search space step, Strategy) spend less compute on candidates that are clearly worse.");
            root.setCenter(null);
            return;
        }
        long pruned = results.records().stream().filter(r -> r.status() == FitStatus.PRUNED).count();
        StringBuilder text = new StringBuilder("Strategy: " + s.describe() + ".");
        if (pruned > 0) {
            text.append(" ").append(pruned).append(pruned == 1 ? " fit was" : " fits were")
                    .append(" pruned; their candidates are not ranked by show best.");
        }
        List<BracketRun> brackets = results.brackets();
        if (results.race().isPresent()) {
            RaceRun race = results.race().get();
            text.append(" ").append(race.fittedOn().size()).append(" of ").append(results.candidates().size())
                    .append(" candidates were dropped; only those that finished the race are ranked.");
            race.reasons().entrySet().stream().limit(3).forEach(e -> text.append("\n").append(e.getKey()).append(": ")
                    .append(e.getValue()));
            if (race.reasons().size() > 3) {
                text.append("\n… and ").append(race.reasons().size() - 3)
                        .append(" more (the run folder keeps every reason; blocktune tune prints them)");
            }
            chart.show(StrategyCharts.race(results, race, metric));
            root.setCenter(chart.node());
        } else if (!brackets.isEmpty()) {
            for (BracketRun b : brackets) {
                text.append("\nbracket ").append(b.bracket()).append(": ");
                for (int i = 0; i < b.rounds().size(); i++) {
                    BracketRun.Round r = b.rounds().get(i);
                    text.append(i == 0 ? "" : " → ").append(r.candidates().size()).append(" × ").append(r.epochs())
                            .append(r.epochs() == 1 ? " epoch" : " epochs");
                }
            }
            chart.show(StrategyCharts.brackets(brackets));
            root.setCenter(chart.node());
        } else {
            root.setCenter(null);
        }
        summary.setText(text.toString());
    }
}
