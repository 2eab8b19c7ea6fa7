package org.blocktune.app.results;

import org.blocktune.app.workbench.FinalModel;
import org.blocktune.app.workbench.Workbench;

/** The unsaved-changes question's words about a final fit the project file does not have yet. */
public final class UnsavedFinalModel {
    private UnsavedFinalModel() {
    }

    /** A sentence to add to the question (starting with a line break), or empty when the final model is saved. */
    public static String sentence(Workbench wb) {
        FinalModel m = wb.finalModel().current();
        if (m == null || !wb.finalModel().unsaved()) {
            return "";
        }
        return "\n\nIt includes a fitted final model (" + m.candidateId() + ", fitted on the whole training set) "
                + (m.file() == null ? "that is not saved anywhere yet. Save writes it beside the project file; "
                        + "Don't Save discards it, and it would have to be fitted again."
                        : "saved in " + m.file().getFileName() + " that the project file does not refer to yet. "
                        + "Save makes the project refer to it.");
    }
}
