package org.blocktune.core.explain;

import java.util.Optional;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.tune.FitRecord;

/**
 * "Why?" for every failure: the explanation of a dry-run problem or row, of a failed fit record, or of a
 * training history (see {@link HistoryDiagnosis}). The text comes from {@link ExplanationCatalogue}, the kind
 * from {@link FaultClassifier}.
 */
public final class Explanations {
    private Explanations() {
    }

    /** The explanation of one dry-run problem, pointing at its block and argument. */
    public static Explanation of(Problem problem) {
        String node = problem.node() != null ? problem.node() : FaultClassifier.blockIn(problem.message());
        String argument = problem.argument() != null ? problem.argument() : FaultClassifier.argumentIn(problem.message());
        FailureKind kind = FaultClassifier.classify(problem.message(), problem.argument());
        return ExplanationCatalogue.explain(kind, node, argument, problem.message());
    }

    /** The explanation of a failed dry-run row (its first error); empty when the row is ok. */
    public static Optional<Explanation> of(CompiledRow row) {
        if (row.ok()) return Optional.empty();
        return Optional.of(row.problems().stream().filter(Problem::isError).findFirst().map(Explanations::of)
                .orElseGet(() -> ofMessage(row.error())));
    }

    /** The explanation of a failed fit; empty when the fit did not fail. */
    public static Optional<Explanation> of(FitRecord record) {
        if (!record.failed()) return Optional.empty();
        return Optional.of(ofFit(record.failureKind(), record.message()));
    }

    /**
     * The explanation of a fit failure.
     *
     * @param failureKind a {@link org.blocktune.core.fit.FitFailure.Kind} name, {@code EXCEPTION}, or null
     * @param message     the failure's message
     */
    public static Explanation ofFit(String failureKind, String message) {
        String node = FaultClassifier.blockIn(message);
        String argument = FaultClassifier.argumentIn(message);
        FailureKind kind = switch (failureKind == null ? "" : failureKind) {
            case "DIVERGED" -> FailureKind.DIVERGED;
            case "OUT_OF_MEMORY" -> FailureKind.OUT_OF_MEMORY;
            case "DATA" -> FailureKind.DATA;
            default -> {
                FailureKind k = FaultClassifier.classify(message, argument);
                yield k == FailureKind.OTHER && "ERROR".equals(failureKind) ? FailureKind.BUILD : k;
            }
        };
        return ExplanationCatalogue.explain(kind, node, argument, message);
    }

    /** The explanation of a message whose source is not known (a dry-run error without problems). */
    public static Explanation ofMessage(String message) {
        return ExplanationCatalogue.explain(FaultClassifier.classify(message, null), FaultClassifier.blockIn(message),
                FaultClassifier.argumentIn(message), message);
    }
}
