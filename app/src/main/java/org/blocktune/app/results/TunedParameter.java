package org.blocktune.app.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.space.DefaultDomains;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.Transform;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.TuneResults;

/**
 * How a tuned parameter is drawn on a chart axis: as numbers (on a log axis when its domain is
 * log-spaced) or as categories (in first-seen order).
 *
 * @param name       the parameter's name
 * @param numeric    true when every candidate's value is a number
 * @param log        true for a log10/log2 range with positive values
 * @param categories the distinct values as text, in first-seen order (categorical parameters only)
 */
public record TunedParameter(String name, boolean numeric, boolean log, List<String> categories) {

    public TunedParameter {
        categories = List.copyOf(categories);
    }

    /** The tuned parameters of a run; the plan's search space (when known) or the name's default domain tells log spacing. */
    public static List<TunedParameter> of(TuneResults results, TunePlan plan) {
        List<TunedParameter> out = new ArrayList<>();
        for (String name : results.info().parameterNames()) {
            boolean numeric = true;
            boolean positive = true;
            Set<String> seen = new LinkedHashSet<>();
            for (Candidate c : results.candidates()) {
                Object v = c.values().get(name);
                if (v instanceof Number n) {
                    positive &= n.doubleValue() > 0;
                } else {
                    numeric = false;
                }
                seen.add(text(v));
            }
            boolean log = numeric && positive && transformOf(name, plan) != Transform.IDENTITY;
            out.add(new TunedParameter(name, numeric, log, numeric ? List.of() : new ArrayList<>(seen)));
        }
        return out;
    }

    /** Where {@code value} sits on this parameter's axis: the number itself, or the category's index. */
    public double position(Object value) {
        if (numeric) {
            return value instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        return categories.indexOf(text(value));
    }

    /** A value as shown in tables and axes. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Numbers.format(d);
        }
        return String.valueOf(v);
    }

    private static Transform transformOf(String name, TunePlan plan) {
        Optional<Domain> d = Optional.empty();
        if (plan != null && plan.job().space().contains(name)) {
            d = Optional.of(plan.job().space().domain(name));
        }
        if (d.isEmpty()) {
            d = DefaultDomains.forArgument(name);
        }
        return d.map(TunedParameter::transform).orElse(Transform.IDENTITY);
    }

    private static Transform transform(Domain d) {
        if (d instanceof Domain.IntRange r) {
            return r.transform();
        }
        if (d instanceof Domain.RealRange r) {
            return r.transform();
        }
        return Transform.IDENTITY;
    }
}
