package org.blocktune.core.data;

/**
 * Reads numbers written as text, one consistent way for every column: plain decimal or
 * scientific notation with the chosen decimal mark; {@code NaN}/{@code nan} (any case) is a
 * missing value; {@code Inf}, {@code Infinity} (any case, with a sign) and values beyond the
 * range of a double are {@link Kind#INFINITE}.
 */
final class NumberText {
    /** What a piece of text is, as a number. */
    enum Kind { NUMBER, NAN, INFINITE, NOT_A_NUMBER }

    private NumberText() { }

    /** What {@code s} is (already trimmed) with {@code decimalMark} {@code '.'} or {@code ','}. */
    static Kind kind(String s, char decimalMark) {
        String bare = unsigned(s);
        if (bare.equalsIgnoreCase("nan")) return bare.length() == s.length() ? Kind.NAN : Kind.NOT_A_NUMBER;
        if (bare.equalsIgnoreCase("inf") || bare.equalsIgnoreCase("infinity")) return Kind.INFINITE;
        String plain = normalise(s, decimalMark);
        if (plain == null || !looksNumeric(plain)) return Kind.NOT_A_NUMBER;
        return Double.isInfinite(Double.parseDouble(plain)) ? Kind.INFINITE : Kind.NUMBER;
    }

    /** The value of text whose kind is {@link Kind#NUMBER}. */
    static double value(String s, char decimalMark) {
        return Double.parseDouble(normalise(s, decimalMark));
    }

    /** True if {@code s} is a number written with the other decimal mark, e.g. {@code 3,14} while '.' is chosen. */
    static boolean hasOtherDecimalMark(String s, char decimalMark) {
        char other = decimalMark == '.' ? ',' : '.';
        return s.indexOf(other) >= 0 && kind(s, other) == Kind.NUMBER && kind(s, decimalMark) != Kind.NUMBER;
    }

    /** True if {@code s} is an infinity word such as {@code Inf} or {@code -Infinity} (not an overflowing number). */
    static boolean isInfinityWord(String s) {
        String bare = unsigned(s);
        return bare.equalsIgnoreCase("inf") || bare.equalsIgnoreCase("infinity");
    }

    private static String unsigned(String s) {
        return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? s.substring(1) : s;
    }

    private static String normalise(String s, char decimalMark) {
        if (decimalMark == '.') return s.indexOf(',') >= 0 ? null : s;
        if (s.indexOf('.') >= 0) return null;
        return s.replace(',', '.');
    }

    /** Plain decimal or scientific notation with '.' as the decimal point. */
    static boolean looksNumeric(String s) {
        int n = s.length();
        if (n == 0) return false;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') i++;
        boolean digits = false;
        boolean dot = false;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') digits = true;
            else if (ch == '.' && !dot) dot = true;
            else break;
        }
        if (!digits) return false;
        if (i == n) return true;
        char e = s.charAt(i);
        if (e != 'e' && e != 'E') return false;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (i == n) return false;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return false;
        }
        return true;
    }
}
