package org.blocktune.app.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.tune.BracketRun;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.RaceRun;
import org.blocktune.core.tune.TuneResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a search strategy: the racing plot (the optimised metric on each resample in race
 * order, one line per candidate; a candidate the race dropped is grey and its line ends where it was
 * dropped) and the Hyperband bracket view (one bar per candidate and bracket, as long as the epochs it
 * was given there).
 */
final class StrategyCharts {
    private static final Color DROPPED = new Color(0xB8, 0xBF, 0xC7);

    private StrategyCharts() {
    }

    /** The racing plot of {@code results} for {@code metric}; one series per candidate, in candidate order. */
    static JFreeChart race(TuneResults results, RaceRun race, String metric) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        int colour = 0;
        for (Candidate c : results.candidates()) {
            boolean dropped = race.eliminated(c.id());
            XYSeries s = new XYSeries(c.id() + (dropped ? " (dropped after " + race.fittedOn().get(c.id()) + ")" : ""),
                    false, true);
            for (int i = 0; i < race.order().size(); i++) {
                Optional<FitRecord> r = results.record(c.id(), race.order().get(i));
                if (r.isPresent() && r.get().ok() && Double.isFinite(r.get().metric(metric))) {
                    s.add(i + 1, r.get().metric(metric));
                }
            }
            int k = data.getSeriesCount();
            data.addSeries(s);
            lines.setSeriesPaint(k, dropped ? DROPPED : ChartStyle.palette(colour++));
            lines.setSeriesStroke(k, dropped ? new BasicStroke(1.2f) : ChartStyle.SOLID);
            lines.setSeriesVisibleInLegend(k, !dropped);
        }
        // SymbolAxis numbers its symbols from 0 and the points start at 1: a blank first symbol
        String[] labels = new String[race.order().size() + 1];
        labels[0] = "";
        for (int i = 0; i < race.order().size(); i++) {
            labels[i + 1] = race.order().get(i);
        }
        SymbolAxis x = new SymbolAxis("resample, in race order", labels);
        x.setRange(0.5, race.order().size() + 0.5);
        NumberAxis y = new NumberAxis(metric);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, lines);
        int burnIn = results.info().strategy().race().burnIn();
        ValueMarker marker = new ValueMarker(burnIn + 0.5, ChartStyle.MUTED, ChartStyle.DASHED);
        marker.setLabel("end of burn-in");
        marker.setLabelFont(ChartStyle.TICK);
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addDomainMarker(marker);
        ChartStyle.plot(plot);
        int dropped = race.fittedOn().size();
        return ChartStyle.chart("Race: " + dropped + " of " + results.candidates().size()
                + " candidates dropped (grey, their lines end where they were dropped)", plot, true);
    }

    /** The rows of the bracket view: label → epochs given, in bracket then round order. */
    static Map<String, Integer> bracketRows(List<BracketRun> brackets) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (BracketRun b : brackets) {
            Map<String, Integer> reached = new LinkedHashMap<>();
            for (BracketRun.Round r : b.rounds()) {
                for (String c : r.candidates()) {
                    reached.merge(c, r.epochs(), Math::max);
                }
            }
            String prefix = "bracket " + b.bracket() + (b.iteration() > 0 ? "/" + (b.iteration() + 1) : "") + "  ";
            reached.forEach((c, e) -> rows.put(prefix + c, e));
        }
        return rows;
    }

    /** The Hyperband bracket view: a horizontal bar per candidate and bracket, as long as its epochs there. */
    static JFreeChart brackets(List<BracketRun> brackets) {
        Map<String, Integer> rows = bracketRows(brackets);
        List<String> labels = new ArrayList<>(rows.keySet());
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer bars = new XYLineAndShapeRenderer(true, false);
        int row = 0;
        int series = 0;
        for (BracketRun b : brackets) {
            String prefix = "bracket " + b.bracket() + (b.iteration() > 0 ? "/" + (b.iteration() + 1) : "") + "  ";
            for (String label : labels) {
                if (!label.startsWith(prefix)) {
                    continue;
                }
                int y = labels.size() - 1 - labels.indexOf(label);
                XYSeries s = new XYSeries(label, false, true);
                s.add(0, y);
                s.add((double) rows.get(label), y);
                data.addSeries(s);
                bars.setSeriesPaint(series, ChartStyle.palette(brackets.indexOf(b)));
                bars.setSeriesStroke(series, new BasicStroke(7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                bars.setSeriesVisibleInLegend(series, false);
                series++;
                row++;
            }
        }
        String[] reversed = new String[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            reversed[labels.size() - 1 - i] = labels.get(i);
        }
        NumberAxis x = new NumberAxis("epochs given");
        x.setLowerBound(0);
        SymbolAxis y = new SymbolAxis(null, reversed);
        XYPlot plot = new XYPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.plot(plot);
        return ChartStyle.chart("Hyperband: epochs given to each candidate in each bracket (" + row + " bars)", plot, false);
    }
}
