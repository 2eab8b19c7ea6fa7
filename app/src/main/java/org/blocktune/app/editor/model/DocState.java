package org.blocktune.app.editor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.spec.Spec;

/**
 * Everything an undoable edit can change, as one immutable value: the spec, block positions, the
 * fixed argument values, the arguments marked "tune" and the project's composite blocks.
 *
 * @param spec       the spec being edited
 * @param layout     node name → position (functional mode; sequential mode stacks blocks by order)
 * @param values     generated argument name → value set by the user
 * @param tuned      generated argument names marked "tune"
 * @param composites the project's composite blocks, in the order created
 */
public record DocState(Spec spec, Map<String, Position> layout, Map<String, Object> values, Set<String> tuned,
                       List<CompositeBlock> composites) {

    public DocState {
        layout = Collections.unmodifiableMap(new LinkedHashMap<>(layout));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        tuned = Collections.unmodifiableSet(new LinkedHashSet<>(tuned));
        composites = List.copyOf(composites);
    }

    /** A state holding just a spec. */
    public static DocState of(Spec spec) {
        return new DocState(spec, Map.of(), Map.of(), Set.of(), List.of());
    }

    public DocState withSpec(Spec s) {
        return new DocState(s, layout, values, tuned, composites);
    }

    public DocState withLayout(Map<String, Position> l) {
        return new DocState(spec, l, values, tuned, composites);
    }

    public DocState withValues(Map<String, Object> v) {
        return new DocState(spec, layout, v, tuned, composites);
    }

    public DocState withTuned(Set<String> t) {
        return new DocState(spec, layout, values, t, composites);
    }

    public DocState withComposites(List<CompositeBlock> c) {
        return new DocState(spec, layout, values, tuned, c);
    }
}
