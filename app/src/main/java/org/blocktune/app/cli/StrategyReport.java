package org.blocktune.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.blocktune.core.tune.BracketRun;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.FitStatus;
import org.blocktune.core.tune.RaceRun;
import org.blocktune.core.tune.TuneResults;

/** What a strategy did, in a few lines: the compute saved, eliminations, brackets, pruned fits. */
final class StrategyReport {
    private StrategyReport() {
    }

    static void print(TuneResults results, PrintWriter err) {
        err.println("compute: " + results.computeUse().describe() + " (strategy " + results.info().strategy().describe() + ")");
        results.race().ifPresent(race -> printRace(results, race, err));
        List<BracketRun> brackets = results.brackets();
        for (BracketRun b : brackets) {
            err.println("bracket " + b.bracket() + (b.iteration() > 0 ? " (iteration " + (b.iteration() + 1) + ")" : "") + ": "
                    + b.rounds().stream().map(r -> r.candidates().size() + " × " + r.epochs() + " epochs")
                            .collect(Collectors.joining(" → ")));
        }
        long pruned = results.records().stream().filter(r -> r.status() == FitStatus.PRUNED).count();
        if (pruned > 0) {
            err.println("pruned: " + pruned + " fit(s)");
            results.records().stream().filter(r -> r.status() == FitStatus.PRUNED).limit(3)
                    .forEach(r -> err.println("  " + r.candidateId() + " " + r.splitId() + ": " + r.message()));
        }
        err.flush();
    }

    private static void printRace(TuneResults results, RaceRun race, PrintWriter err) {
        int total = results.candidates().size();
        err.println("race: resamples in the order " + String.join(", ", race.order()) + "; " + race.fittedOn().size()
                + " of " + total + " candidate(s) eliminated, " + (total - race.fittedOn().size()) + " finished");
        int shown = 0;
        for (var e : race.reasons().entrySet()) {
            if (shown++ == 8) {
                err.println("  … and " + (race.reasons().size() - 8) + " more");
                break;
            }
            err.println("  " + e.getKey() + ": " + e.getValue());
        }
    }

    static boolean skipped(FitRecord r) {
        return r.status() == FitStatus.ELIMINATED || r.status() == FitStatus.PRUNED;
    }
}
