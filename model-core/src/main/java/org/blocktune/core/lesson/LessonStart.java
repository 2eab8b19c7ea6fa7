package org.blocktune.core.lesson;

/**
 * Where a lesson starts (its {@code start:} line): a shipped example project opened afresh, or whatever
 * the workbench holds. Restarting a lesson starts it from here again.
 *
 * @param example the example's name ({@code iris}, {@code diamonds}, …), or null to keep the current project
 * @param quick   the example's quick budget (else the full budget of its seed)
 */
public record LessonStart(String example, boolean quick) {

    /** Keep the project that is open ({@code start: current project}, and the default). */
    public static final LessonStart CURRENT = new LessonStart(null, false);

    /** True when the lesson opens an example. */
    public boolean opensExample() {
        return example != null;
    }

    /** In words, e.g. "the iris example (quick budget)". */
    public String describe() {
        return example == null ? "the project that is open"
                : "the " + example + " example (" + (quick ? "quick budget" : "full budget") + ")";
    }
}
