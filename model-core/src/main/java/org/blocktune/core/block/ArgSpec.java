package org.blocktune.core.block;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blocktune.core.space.Domain;

/**
 * A declared argument of a block (or a generated training argument): its name, type, default,
 * description, legal values and, where one makes sense, a default search domain for tuning.
 *
 * @param name          argument name, a lower-case identifier such as {@code units}
 * @param type          value type
 * @param defaultValue  value used when the argument is not set (never null)
 * @param description   one sentence for tooltips and generated docs
 * @param range         legal interval for INT and REAL arguments
 * @param choices       legal names for CHOICE arguments (empty otherwise)
 * @param defaultDomain search domain suggested when the argument is tuned, or null
 * @param tunable       false for arguments that make no sense to tune (e.g. verbosity)
 */
public record ArgSpec(String name, ArgType type, Object defaultValue, String description,
                      ValueRange range, List<String> choices, Domain defaultDomain, boolean tunable) {

    public ArgSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        range = range == null ? ValueRange.ANY : range;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (!BlockNames.isIdentifier(name)) {
            throw new IllegalArgumentException("argument name '" + name
                    + "' must start with a letter and use only letters, digits and '_'");
        }
        if (type == ArgType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice argument '" + name + "' needs at least one choice");
        }
        ArgCheck check = checkValue(name, type, range, choices, defaultValue);
        if (!check.ok()) {
            throw new IllegalArgumentException("default of '" + name + "': " + check.problem());
        }
        defaultValue = check.value();
    }

    /** An integer argument. */
    public static ArgSpec integer(String name, int defaultValue, ValueRange range, String description) {
        return new ArgSpec(name, ArgType.INT, defaultValue, description, range, List.of(), null, true);
    }

    /** A real-valued argument. */
    public static ArgSpec real(String name, double defaultValue, ValueRange range, String description) {
        return new ArgSpec(name, ArgType.REAL, defaultValue, description, range, List.of(), null, true);
    }

    /** A boolean argument. */
    public static ArgSpec bool(String name, boolean defaultValue, String description) {
        return new ArgSpec(name, ArgType.BOOL, defaultValue, description, null, List.of(), null, true);
    }

    /** A choice among names. */
    public static ArgSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new ArgSpec(name, ArgType.CHOICE, defaultValue, description, null, choices, null, true);
    }

    /** A free-text argument with its own format. */
    public static ArgSpec text(String name, String defaultValue, String description) {
        return new ArgSpec(name, ArgType.TEXT, defaultValue, description, null, List.of(), null, true);
    }

    /** This argument with a default search domain. */
    public ArgSpec withDomain(Domain domain) {
        return new ArgSpec(name, type, defaultValue, description, range, choices, domain, tunable);
    }

    /** This argument under another name (used for generated argument names). */
    public ArgSpec renamed(String newName) {
        return new ArgSpec(newName, type, defaultValue, description, range, choices, defaultDomain, tunable);
    }

    /** This argument with another default value (checked like any value). */
    public ArgSpec withDefault(Object value) {
        return new ArgSpec(name, type, value, description, range, choices, defaultDomain, tunable);
    }

    /** This argument marked as not tunable. */
    public ArgSpec notTunable() {
        return new ArgSpec(name, type, defaultValue, description, range, choices, defaultDomain, false);
    }

    /**
     * Converts a raw value (from a grid, a form or a JSON file) to this argument's type and checks it.
     * Whole doubles such as {@code 3.0} are accepted for INT; numeric strings are parsed.
     */
    public ArgCheck check(Object raw) {
        return checkValue(name, type, range, choices, raw);
    }

    /**
     * The choice argument that also takes one value per output of a network with several,
     * {@code "price: mae; cut: categorical_crossentropy"} (kerasnip's named list of losses).
     */
    static final String PER_OUTPUT_CHOICE = "compile_loss";

    private static ArgCheck checkValue(String name, ArgType type, ValueRange range, List<String> choices, Object raw) {
        if (raw == null) {
            return ArgCheck.bad("'" + name + "' has no value");
        }
        return switch (type) {
            case INT -> checkInt(name, range, raw);
            case REAL -> checkReal(name, range, raw);
            case BOOL -> checkBool(name, raw);
            case CHOICE -> name.equals(PER_OUTPUT_CHOICE) && raw instanceof String text && text.indexOf(':') >= 0
                    ? ArgCheck.good(text.trim()) // one choice per output, checked against the outputs when resolving
                    : checkChoice(name, choices, raw);
            case TEXT -> raw instanceof String s ? ArgCheck.good(s)
                    : ArgCheck.bad("'" + name + "' must be text, got " + raw);
        };
    }

    private static ArgCheck checkInt(String name, ValueRange range, Object raw) {
        Double d = asNumber(raw);
        if (d == null) {
            return ArgCheck.bad("'" + name + "' must be a whole number, got '" + raw + "'");
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            return ArgCheck.bad("'" + name + "' must be a whole number, got " + raw);
        }
        if (!range.contains(d)) {
            return ArgCheck.bad("'" + name + "' must be " + range.describe() + ", got " + d.intValue());
        }
        return ArgCheck.good(d.intValue());
    }

    private static ArgCheck checkReal(String name, ValueRange range, Object raw) {
        Double d = asNumber(raw);
        if (d == null || d.isNaN() || d.isInfinite()) {
            return ArgCheck.bad("'" + name + "' must be a number, got '" + raw + "'");
        }
        if (!range.contains(d)) {
            return ArgCheck.bad("'" + name + "' must be " + range.describe() + ", got " + d);
        }
        return ArgCheck.good(d);
    }

    private static ArgCheck checkBool(String name, Object raw) {
        if (raw instanceof Boolean b) {
            return ArgCheck.good(b);
        }
        String s = raw.toString().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) {
            return ArgCheck.good(true);
        }
        if (s.equals("false") || s.equals("no")) {
            return ArgCheck.good(false);
        }
        return ArgCheck.bad("'" + name + "' must be true or false, got '" + raw + "'");
    }

    private static ArgCheck checkChoice(String name, List<String> choices, Object raw) {
        String s = raw.toString().trim();
        for (String c : choices) {
            if (c.equalsIgnoreCase(s)) {
                return ArgCheck.good(c);
            }
        }
        return ArgCheck.bad("'" + name + "' must be one of " + String.join(", ", choices) + "; got '" + raw + "'");
    }

    private static Double asNumber(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
