package org.blocktune.app.workbench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.app.editor.model.DocState;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecArguments;

/**
 * What the other screens need from the editor's document: the spec, the fixed values and the
 * arguments marked "tune" (not the layout or the selection, so moving a block changes nothing here).
 */
public record ModelSetup(Spec spec, Map<String, Object> values, Set<String> tuned) {

    public ModelSetup {
        values = Map.copyOf(values);
        tuned = Set.copyOf(tuned);
    }

    static ModelSetup of(DocState s) {
        return new ModelSetup(s.spec(), s.values(), s.tuned());
    }

    /** The spec's generated arguments, in kerasnip order. */
    public List<SpecArgument> arguments() {
        return SpecArguments.of(spec);
    }
}
