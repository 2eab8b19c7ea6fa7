package org.blocktune.core.project;

import org.blocktune.core.io.Project;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;

/**
 * How much work a project's tune run is, known before any data is read: candidates × resamples
 * fits of a given number of epochs. For a Bayesian search the candidates are at most its initial
 * design plus its iterations.
 *
 * @param candidates candidates to fit (an upper bound when {@code iterative})
 * @param resamples  resamples each candidate is fitted on
 * @param epochs     the fixed {@code fit_epochs}, or 0 when it is tuned or not set
 * @param iterative  true for a Bayesian search, which may stop early
 */
public record Budget(int candidates, int resamples, int epochs, boolean iterative) {
    /**
     * The budget of {@code project}.
     *
     * @throws IllegalArgumentException when the project's grid cannot be made (it says why)
     */
    public static Budget of(Project project) {
        int resamples = project.resampling().count();
        Object e = project.tuned().contains("fit_epochs") ? null : project.values().get("fit_epochs");
        int epochs = e instanceof Number n ? n.intValue() : 0;
        GridSettings g = project.grid();
        if (project.hasKeptCandidates()) {
            return new Budget(project.keptCandidates().size(), resamples, epochs, false);
        }
        ParameterSet space = SearchSpaces.of(project.spec(), project.tuned(), project.space());
        if (space.isEmpty()) {
            return new Budget(1, resamples, epochs, false);
        }
        if (g.kind() == GridSettings.Kind.BAYESIAN) {
            return new Budget(g.bayesian().initialSize() + g.bayesian().iterations(), resamples, epochs, true);
        }
        return new Budget(g.generate(space).rows().size(), resamples, epochs, false);
    }

    /** Fits in all: candidates × resamples (at most, when iterative). */
    public int fits() {
        return candidates * resamples;
    }

    /** E.g. "100 fits of 20 epochs", "up to 40 fits", "1 fit". */
    public String describe() {
        int n = fits();
        return (iterative ? "up to " : "") + n + (n == 1 ? " fit" : " fits") + (epochs > 0 ? " of " + epochs + " epochs" : "");
    }
}
