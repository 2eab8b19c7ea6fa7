package org.blocktune.core.data;

import java.util.regex.Pattern;

/**
 * Guesses the delimiter and decimal mark of CSV text from its first lines, as spreadsheet import
 * dialogs do: the most frequent of {@code , ; TAB |} outside quotes in the first line, and a
 * decimal comma when the delimiter is not a comma and numbers such as {@code 5,1} appear.
 */
public final class CsvSniffer {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(^|[;\\t|])\\s*-?\\d+,\\d+\\s*($|[;\\t|])");
    private static final int LINES = 20;

    private CsvSniffer() { }

    /** {@code base} with the delimiter and decimal mark that {@code text} appears to use. */
    public static CsvOptions guess(String text, CsvOptions base) {
        char delimiter = delimiter(text, base.delimiter(), base.quote());
        char mark = '.';
        if (delimiter != ',') {
            String[] lines = text.split("\\R", LINES + 1);
            for (int i = 1; i < Math.min(lines.length, LINES); i++) {
                if (DECIMAL_COMMA.matcher(lines[i]).find()) {
                    mark = ',';
                    break;
                }
            }
        }
        CsvOptions out = base.decimalMark() == ',' && delimiter == ',' ? base.withDecimalMark('.') : base;
        out = out.withDelimiter(delimiter);
        return out.withDecimalMark(mark);
    }

    /** The delimiter the first line of {@code text} suggests, or {@code chosen} if nothing is clearly more frequent. */
    public static char delimiter(String text, char chosen, char quote) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == quote) quoted = !quoted;
            else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) if (c == CANDIDATES[k]) counts[k]++;
            }
        }
        int best = -1;
        int chosenCount = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (CANDIDATES[k] == chosen) chosenCount = counts[k];
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
        }
        return best >= 0 && counts[best] > chosenCount ? CANDIDATES[best] : chosen;
    }

    /** How a delimiter is named in messages. */
    public static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
