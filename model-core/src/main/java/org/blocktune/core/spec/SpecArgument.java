package org.blocktune.core.spec;

import org.blocktune.core.block.ArgSpec;

/**
 * One generated argument of a spec, e.g. {@code num_body}, {@code body_units}, {@code learn_rate},
 * {@code fit_epochs} or {@code compile_loss}.
 *
 * @param name  the generated name
 * @param group which family it belongs to
 * @param node  the node it comes from (NUM and BLOCK only), else null
 * @param spec  type, default, range, description and default domain, under the generated name
 */
public record SpecArgument(String name, Group group, String node, ArgSpec spec) {

    /** Families of generated arguments, in the order they are listed. */
    public enum Group { NUM, BLOCK, LEARN_RATE, FIT, COMPILE }

    /** For BLOCK arguments: the block's own argument name (e.g. {@code units}). */
    public String blockArgument() {
        return group == Group.BLOCK ? name.substring(node.length() + 1) : null;
    }
}
