package org.blocktune.core.spec;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shared wording for Keras names BlockTune cannot use. */
final class KerasNames {

    private KerasNames() {
    }

    /**
     * Why {@code name} is not usable: a Keras name without DL4J equivalent (with the suggested
     * alternative), or unknown (listing the valid names).
     */
    static String whyNot(String what, String name, Map<String, String> withoutEquivalent, List<String> valid) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        String names = String.join(", ", valid);
        if (withoutEquivalent.containsKey(n)) {
            return what + " '" + name + "' exists in Keras but has no equivalent in DL4J; use '"
                    + withoutEquivalent.get(n) + "' or another of: " + names;
        }
        return "unknown " + what + " '" + name + "'; valid names: " + names;
    }
}
