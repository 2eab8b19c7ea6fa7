package org.blocktune.core.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecArguments;
import org.blocktune.core.space.DefaultDomains;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.ParameterSet;

/** Builds the search space of the arguments marked "tune": the chosen domain, else the argument's own default. */
public final class SearchSpaces {
    private SearchSpaces() {
    }

    /**
     * The space of {@code tuned} arguments of {@code spec}. A domain in {@code chosen} wins; otherwise
     * the block argument's suggested domain, else the default for the argument's name.
     *
     * @throws IllegalArgumentException naming tuned names the spec does not have, or arguments without any domain
     */
    public static ParameterSet of(Spec spec, List<String> tuned, ParameterSet chosen) {
        Map<String, SpecArgument> args = SpecArguments.byName(spec);
        Map<String, Domain> domains = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> noDomain = new ArrayList<>();
        for (String name : tuned) {
            SpecArgument a = args.get(name);
            if (a == null) {
                unknown.add(name);
            } else if (chosen.contains(name)) {
                domains.put(name, chosen.domain(name));
            } else if (a.spec().defaultDomain() != null) {
                domains.put(name, a.spec().defaultDomain());
            } else {
                DefaultDomains.forArgument(name).ifPresentOrElse(d -> domains.put(name, d), () -> noDomain.add(name));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the spec has no argument(s) " + unknown + " marked tune; its arguments are "
                    + args.keySet());
        }
        if (!noDomain.isEmpty()) {
            throw new IllegalArgumentException("argument(s) " + noDomain + " are marked tune but have no default range; "
                    + "give each a range or a set of values in the search space");
        }
        return ParameterSet.of(domains);
    }
}
