package org.blocktune.core.resample;

import java.util.Arrays;
import java.util.Objects;

/**
 * One resample as row indices into the data: the analysis rows (fit; may repeat for a bootstrap)
 * and the assessment rows (score). Both are sorted ascending. Arrays are copied in and out.
 */
public final class Split {
    private final String id;
    private final int[] analysis;
    private final int[] assessment;

    public Split(String id, int[] analysis, int[] assessment) {
        this.id = Objects.requireNonNull(id, "id");
        this.analysis = analysis.clone();
        this.assessment = assessment.clone();
    }

    /** The resample's name, e.g. {@code Fold03} or {@code Repeat2/Fold01} or {@code Bootstrap07}. */
    public String id() { return id; }

    /** Rows to fit on (a copy). */
    public int[] analysis() { return analysis.clone(); }

    /** Rows to score on (a copy). */
    public int[] assessment() { return assessment.clone(); }

    /** Number of analysis rows. */
    public int analysisSize() { return analysis.length; }

    /** Number of assessment rows. */
    public int assessmentSize() { return assessment.length; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && s.id.equals(id) && Arrays.equals(s.analysis, analysis) && Arrays.equals(s.assessment, assessment);
    }

    @Override
    public int hashCode() { return Objects.hash(id, Arrays.hashCode(analysis), Arrays.hashCode(assessment)); }

    @Override
    public String toString() { return "Split[" + id + ", analysis=" + analysis.length + ", assessment=" + assessment.length + "]"; }
}
