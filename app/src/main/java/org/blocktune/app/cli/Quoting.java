package org.blocktune.app.cli;

import java.util.regex.Pattern;

/** Quotes a word for a POSIX shell when it needs it, so printed commands can be pasted back. */
final class Quoting {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private Quoting() {
    }

    static String shell(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
