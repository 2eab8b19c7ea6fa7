package org.blocktune.app.report;

/** Escaping of user text (names, values, messages) for HTML and SVG. */
final class Html {
    private Html() {
    }

    /** {@code text} with {@code & < > " '} escaped, safe in element content and in quoted attributes. */
    static String escape(Object text) {
        if (text == null) {
            return "";
        }
        String s = String.valueOf(text);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
