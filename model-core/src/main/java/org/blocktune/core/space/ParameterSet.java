package org.blocktune.core.space;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered set of tuned parameters (dials {@code parameters}): names are unique and keep
 * the order given, which is also the column order of grids. Immutable; {@link #add},
 * {@link #update} and {@link #remove} return new sets.
 */
public record ParameterSet(List<Parameter> parameters) {

    public ParameterSet {
        parameters = List.copyOf(parameters);
        Set<String> seen = new HashSet<>();
        for (Parameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' appears twice; names must be unique");
            }
        }
    }

    /** An empty set, to {@link #add} to. */
    public static ParameterSet of() {
        return new ParameterSet(List.of());
    }

    /** The parameters of {@code domains}, in the map's iteration order. */
    public static ParameterSet of(Map<String, ? extends Domain> domains) {
        List<Parameter> list = new ArrayList<>();
        domains.forEach((name, domain) -> list.add(new Parameter(name, domain)));
        return new ParameterSet(list);
    }

    /**
     * The given arguments with their {@link DefaultDomains default domains}.
     *
     * @throws IllegalArgumentException naming every argument that has no default domain
     */
    public static ParameterSet ofDefaults(List<String> argumentNames) {
        return ofDefaults(argumentNames, Map.of());
    }

    /**
     * The given arguments, each with its domain from {@code overrides} if present, else its
     * default domain.
     *
     * @throws IllegalArgumentException naming every argument with neither, or overrides for
     *                                  arguments not in the list
     */
    public static ParameterSet ofDefaults(List<String> argumentNames, Map<String, ? extends Domain> overrides) {
        List<Parameter> list = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : argumentNames) {
            Domain domain = overrides.containsKey(name)
                    ? overrides.get(name)
                    : DefaultDomains.forArgument(name).orElse(null);
            if (domain == null) {
                missing.add(name);
            } else {
                list.add(new Parameter(name, domain));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no default domain for " + missing
                    + "; give these arguments a domain explicitly (overrides or add)");
        }
        List<String> stray = overrides.keySet().stream().filter(n -> !argumentNames.contains(n)).toList();
        if (!stray.isEmpty()) {
            throw new IllegalArgumentException("overrides for " + stray + " which are not among the arguments "
                    + argumentNames);
        }
        return new ParameterSet(list);
    }

    /** A new set with {@code name} appended; fails if the name is already present (use {@link #update}). */
    public ParameterSet add(String name, Domain domain) {
        if (contains(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' already exists; use update to change its domain");
        }
        List<Parameter> list = new ArrayList<>(parameters);
        list.add(new Parameter(name, domain));
        return new ParameterSet(list);
    }

    /** A new set where {@code name} has {@code domain}, keeping its position (dials {@code update()}). */
    public ParameterSet update(String name, Domain domain) {
        int i = indexOf(name);
        List<Parameter> list = new ArrayList<>(parameters);
        list.set(i, new Parameter(name, domain));
        return new ParameterSet(list);
    }

    /** A new set without {@code name}. */
    public ParameterSet remove(String name) {
        int i = indexOf(name);
        List<Parameter> list = new ArrayList<>(parameters);
        list.remove(i);
        return new ParameterSet(list);
    }

    /** Parameter names in order. */
    public List<String> names() {
        return parameters.stream().map(Parameter::name).toList();
    }

    /** The domain of {@code name}; fails with the known names if absent. */
    public Domain domain(String name) {
        return parameters.get(indexOf(name)).domain();
    }

    public boolean contains(String name) {
        return parameters.stream().anyMatch(p -> p.name().equals(name));
    }

    public int size() {
        return parameters.size();
    }

    public boolean isEmpty() {
        return parameters.isEmpty();
    }

    /** Name → domain in order (an unmodifiable view). */
    public Map<String, Domain> asMap() {
        Map<String, Domain> map = new LinkedHashMap<>();
        parameters.forEach(p -> map.put(p.name(), p.domain()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Number of distinct candidates, saturating at {@link Long#MAX_VALUE} (continuous spaces). */
    public long cardinality() {
        long total = 1;
        for (Parameter p : parameters) {
            long c = p.domain().cardinality();
            if (c != 0 && total > Long.MAX_VALUE / c) {
                return Long.MAX_VALUE;
            }
            total *= c;
        }
        return total;
    }

    /**
     * What is wrong with {@code candidate} as a point of this space: missing or unknown names
     * and values outside their domain. Empty when it is valid.
     */
    public List<String> problems(Map<String, ?> candidate) {
        Objects.requireNonNull(candidate, "candidate");
        List<String> problems = new ArrayList<>();
        for (Parameter p : parameters) {
            if (!candidate.containsKey(p.name())) {
                problems.add("missing a value for '" + p.name() + "'");
            } else if (!p.domain().contains(candidate.get(p.name()))) {
                problems.add("'" + p.name() + "' = " + candidate.get(p.name()) + " is outside " + p.domain());
            }
        }
        for (String name : candidate.keySet()) {
            if (!contains(name)) {
                problems.add("'" + name + "' is not a parameter of this space " + names());
            }
        }
        return problems;
    }

    private int indexOf(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no parameter named '" + name + "'; the set has " + names());
    }
}
