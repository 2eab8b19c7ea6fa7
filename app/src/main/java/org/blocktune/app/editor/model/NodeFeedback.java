package org.blocktune.app.editor.model;

import java.util.List;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.spec.Shape;

/**
 * What the resolver says about one block: its output shape and parameter count (known when its
 * values and inputs resolve, even if the spec has errors elsewhere) and the problems that name it.
 *
 * @param output   output shape of the block's last layer, or null when unknown (the block is at
 *                 fault or downstream of a fault)
 * @param params   parameters of all its layers (0 when unknown)
 * @param problems problems at fault in this block
 */
public record NodeFeedback(Shape output, long params, List<Problem> problems) {

    public NodeFeedback {
        problems = List.copyOf(problems);
    }

    /** True when an error names this block. */
    public boolean invalid() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
