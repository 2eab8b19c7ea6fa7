package org.blocktune.core.tune;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.metrics.Direction;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.tune.strategy.SearchStrategy;

/** What a run's strategy did, worked out from its records and {@code run.json} alone. */
final class StrategyResults {
    private StrategyResults() {
    }

    static int hyperbandMaxEpochs(RunInfo info) {
        int max = info.strategy().hyperband().maxEpochs();
        if (max > 0) {
            return max;
        }
        Object e = info.fixed().get("fit_epochs");
        return e instanceof Number n && n.intValue() > 0 ? n.intValue() : Strategies.DEFAULT_EPOCHS;
    }

    static int hyperbandMaxEpochs(TuneResults results) {
        return hyperbandMaxEpochs(results.info());
    }

    static HyperbandSchedule hyperbandSchedule(RunInfo info, List<Candidate> candidates) {
        String metric = info.metricNames().get(0);
        boolean maximize = Metric.byName(metric).direction() == Direction.MAXIMIZE;
        return new HyperbandSchedule(candidates, info.splitIds(), info.seed(), info.strategy().hyperband(),
                hyperbandMaxEpochs(info), metric, maximize);
    }

    static List<BracketRun> brackets(TuneResults results) {
        if (results.info().strategy().kind() != SearchStrategy.Kind.HYPERBAND) {
            return List.of();
        }
        HyperbandSchedule s = hyperbandSchedule(results.info(), results.candidates());
        Map<String, FitRecord> byKey = new HashMap<>();
        results.records().forEach(r -> byKey.put(Schedule.key(r), r));
        s.plan(byKey);
        return s.trace();
    }

    static Optional<RaceRun> race(TuneResults results) {
        SearchStrategy st = results.info().strategy();
        if (!st.kind().racing()) {
            return Optional.empty();
        }
        List<String> order = RaceSchedule.order(results.info().splitIds(), results.info().seed(), st.race().randomize());
        Map<String, Integer> fitted = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Candidate c : results.candidates()) {
            for (int i = 0; i < order.size(); i++) {
                Optional<FitRecord> r = results.record(c.id(), order.get(i));
                if (r.isPresent() && r.get().status() == FitStatus.ELIMINATED) {
                    fitted.put(c.id(), i);
                    reasons.put(c.id(), r.get().message());
                    break;
                }
            }
        }
        return Optional.of(new RaceRun(order, fitted, reasons));
    }
}
