package org.blocktune.core.space;

import java.util.Objects;

/** One tuned argument: its generated name (e.g. {@code body_units}) and its domain. */
public record Parameter(String name, Domain domain) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain of parameter '" + name + "'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a non-blank name");
        }
    }
}
