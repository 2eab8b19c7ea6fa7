package org.blocktune.core.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.block.ArgCheck;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.ArgType;
import org.blocktune.core.io.Project;
import org.blocktune.core.space.DefaultDomains;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecArguments;

/**
 * Applies {@code name=value} settings of generated arguments to a project (the command line's
 * {@code --set}), each either a fixed value or a domain to tune over:
 * <ul>
 *   <li>{@code hidden_units=64}, {@code compile_optimizer=sgd}: a fixed value (no longer tuned);</li>
 *   <li>{@code hidden_units=16..128}, {@code learn_rate=0.001..0.1:log10}: an integer or real range
 *       (integer when the argument is whole-numbered), optionally spaced {@code log10} or {@code log2};</li>
 *   <li>{@code compile_optimizer=[adam,sgd]}: a set of values;</li>
 *   <li>{@code hidden_units=tune}: tuned over its current or default domain.</li>
 * </ul>
 * Values are checked against the argument's type and range as in the workbench.
 */
public final class ArgumentOverrides {
    private ArgumentOverrides() {
    }

    /**
     * {@code project} with every assignment applied, in order.
     *
     * @param notes receives one sentence per assignment saying what changed
     * @throws IllegalArgumentException for a malformed assignment, an unknown argument (listing the known ones),
     *                                  a value or domain the argument does not accept
     */
    public static Project apply(Project project, List<String> assignments, List<String> notes) {
        Project p = project;
        for (String a : assignments) {
            p = applyOne(p, a, notes);
        }
        return p;
    }

    private static Project applyOne(Project p, String assignment, List<String> notes) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + assignment + "' is not name=value; e.g. --set hidden_units=64, "
                    + "--set hidden_units=16..128, --set compile_optimizer=[adam,sgd] or --set learn_rate=tune");
        }
        String name = assignment.substring(0, eq).trim();
        String text = assignment.substring(eq + 1).trim();
        Map<String, SpecArgument> args = SpecArguments.byName(p.spec());
        SpecArgument arg = args.get(name);
        if (arg == null) {
            throw new IllegalArgumentException("the spec '" + p.spec().name() + "' has no argument '" + name
                    + "'; its arguments are listed by 'blocktune args' (" + String.join(", ", args.keySet()) + ")");
        }
        ArgSpec spec = arg.spec();
        Map<String, Object> values = new LinkedHashMap<>(p.values());
        List<String> tuned = new ArrayList<>(p.tuned());
        ParameterSet space = p.space();
        Domain domain = null;
        if (text.equalsIgnoreCase("tune")) {
            if (!space.contains(name)) {
                domain = spec.defaultDomain() != null ? spec.defaultDomain() : DefaultDomains.forArgument(name).orElseThrow(
                        () -> new IllegalArgumentException("'" + name + "' has no default range; give one, e.g. " + name + "=1..10"));
            }
        } else if (text.startsWith("[") && text.endsWith("]")) {
            List<Object> set = new ArrayList<>();
            for (String v : text.substring(1, text.length() - 1).split(",")) {
                set.add(checked(spec, name, v.trim()));
            }
            domain = new Domain.ValueSet(set);
        } else if (text.contains("..") && (spec.type() == ArgType.INT || spec.type() == ArgType.REAL)) {
            domain = range(spec, name, text);
        } else {
            Object v = checked(spec, name, text);
            values.put(name, v);
            boolean wasTuned = tuned.remove(name);
            if (space.contains(name)) space = space.remove(name);
            notes.add(name + " = " + v + (wasTuned ? " (fixed; no longer tuned)" : ""));
            return withKeptDropped(p.withArguments(values, tuned).withSpace(space), wasTuned, notes);
        }
        if (!spec.tunable()) {
            throw new IllegalArgumentException("'" + name + "' cannot be tuned; give it a single value");
        }
        values.remove(name);
        if (domain != null) {
            space = space.contains(name) ? space.update(name, domain) : space.add(name, domain);
        }
        if (!tuned.contains(name)) tuned.add(name);
        notes.add(name + " tuned over " + describe(space.domain(name)));
        return withKeptDropped(p.withArguments(values, tuned).withSpace(space), true, notes);
    }

    /** Kept candidates name the tuned arguments' values; changing what is tuned makes them stale. */
    private static Project withKeptDropped(Project p, boolean tunedChanged, List<String> notes) {
        if (tunedChanged && p.hasKeptCandidates()) {
            notes.add("the candidates kept by an earlier dry run no longer match and are dropped; every grid candidate runs");
            return p.withKeptCandidates(List.of());
        }
        return p;
    }

    private static Object checked(ArgSpec spec, String name, String raw) {
        ArgCheck c = spec.check(raw);
        if (!c.ok()) throw new IllegalArgumentException(c.problem());
        return c.value();
    }

    private static Domain range(ArgSpec spec, String name, String text) {
        Transform transform = Transform.IDENTITY;
        String body = text;
        int colon = text.lastIndexOf(':');
        if (colon > 0) {
            String t = text.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            transform = switch (t) {
                case "log10" -> Transform.LOG10;
                case "log2" -> Transform.LOG2;
                case "linear", "identity" -> Transform.IDENTITY;
                default -> throw new IllegalArgumentException("'" + t + "' in " + name + "=" + text
                        + " is not a spacing; use :log10, :log2 or nothing");
            };
            body = text.substring(0, colon);
        }
        String[] ends = body.split("\\.\\.", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException(name + "=" + text + " is not a range; write it as lower..upper, e.g. 16..128");
        }
        Object lo = checked(spec, name, ends[0].trim());
        Object hi = checked(spec, name, ends[1].trim());
        try {
            if (spec.type() == ArgType.INT) {
                return new Domain.IntRange((Integer) lo, (Integer) hi, transform);
            }
            return new Domain.RealRange(((Number) lo).doubleValue(), ((Number) hi).doubleValue(), transform);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + "=" + text + ": " + e.getMessage(), e);
        }
    }

    /** A domain as text in the syntax {@link #apply} reads. */
    public static String describe(Domain d) {
        String t = "";
        if (d instanceof Domain.IntRange r) {
            t = r.transform() == Transform.IDENTITY ? "" : ":" + r.transform().name().toLowerCase(Locale.ROOT);
            return r.lower() + ".." + r.upper() + t;
        }
        if (d instanceof Domain.RealRange r) {
            t = r.transform() == Transform.IDENTITY ? "" : ":" + r.transform().name().toLowerCase(Locale.ROOT);
            return r.lower() + ".." + r.upper() + t;
        }
        List<String> parts = new ArrayList<>();
        for (Object v : ((Domain.ValueSet) d).values()) parts.add(String.valueOf(v));
        return "[" + String.join(",", parts) + "]";
    }
}
