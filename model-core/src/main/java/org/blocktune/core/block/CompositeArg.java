package org.blocktune.core.block;

import java.util.Objects;

/**
 * A declared argument of a composite block. Its type, legal range and search domain come from
 * the layer field(s) bound to it, so only the name, default and an optional description are stored.
 *
 * @param name         argument name
 * @param defaultValue default value
 * @param description  description, or empty to reuse the bound field's
 */
public record CompositeArg(String name, Object defaultValue, String description) {

    public CompositeArg {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "default value of '" + name + "'");
        description = description == null ? "" : description;
    }

    public CompositeArg(String name, Object defaultValue) {
        this(name, defaultValue, "");
    }
}
