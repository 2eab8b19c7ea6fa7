package org.blocktune.app.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows a lesson step's markdown as wrapped text: paragraphs (blank lines between them), "- " or "* "
 * list items as bullets, {@code **bold**}, {@code *italic*} and {@code `code`}. Anything else shows as written.
 */
final class LessonText {
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`(.+?)`|\\*(\\S(?:.*?\\S)?)\\*");

    private LessonText() {
    }

    /** The text as one node per paragraph or list item. */
    static Node render(String markdown) {
        VBox box = new VBox(6);
        box.getStyleClass().add("lesson-text");
        for (String block : blocks(markdown)) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("lesson-paragraph");
            String text = block;
            if (text.startsWith("- ") || text.startsWith("* ")) {
                text = "•  " + text.substring(2);
            }
            flow.getChildren().addAll(inline(text));
            box.getChildren().add(flow);
        }
        return box;
    }

    /** Paragraphs and list items, each joined into one line. */
    static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String raw : markdown.split("\\R")) {
            String line = raw.trim();
            boolean item = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || item) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            }
            if (!line.isEmpty()) {
                if (line.startsWith("#")) {
                    line = line.replaceFirst("^#+\\s*", "");
                }
                cur.append(cur.length() > 0 ? " " : "").append(line);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static List<Text> inline(String s) {
        List<Text> out = new ArrayList<>();
        Matcher m = INLINE.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(text(s.substring(at, m.start()), null));
            }
            if (m.group(1) != null) {
                out.add(text(m.group(1), "lesson-bold"));
            } else if (m.group(2) != null) {
                out.add(text(m.group(2), "lesson-code"));
            } else {
                out.add(text(m.group(3), "lesson-italic"));
            }
            at = m.end();
        }
        if (at < s.length()) {
            out.add(text(s.substring(at), null));
        }
        return out;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add("lesson-words");
        if (style != null) {
            t.getStyleClass().add(style);
        }
        return t;
    }
}
