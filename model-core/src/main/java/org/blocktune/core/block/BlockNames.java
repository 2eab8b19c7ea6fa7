package org.blocktune.core.block;

import java.util.regex.Pattern;

/** Rules for block and argument names. */
public final class BlockNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private BlockNames() {
    }

    /** True for names that start with a letter and contain only letters, digits and underscores. */
    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }
}
