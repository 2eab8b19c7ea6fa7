package org.blocktune.app.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Renders the small part of Markdown the help pages use into JavaFX text: headings ({@code #}, {@code ##},
 * {@code ###}), paragraphs, bullet and numbered lists, and inline {@code **bold**}, {@code *italic*} and
 * {@code `code`}. Anything else shows as plain text. Each block is a {@link TextFlow}, so text wraps with
 * the window and a screen reader reads it.
 */
public final class MarkdownView {
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\*([^*]+)\\*");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)");

    private MarkdownView() {
    }

    /** The page as a column of text blocks, {@code width} wide. */
    public static VBox render(String markdown, double width) {
        VBox box = new VBox(6);
        box.getStyleClass().add("help-page");
        for (Block b : blocks(markdown)) {
            TextFlow flow = new TextFlow();
            flow.setPrefWidth(width);
            flow.getStyleClass().add("help-" + b.kind);
            String text = b.text;
            if (b.kind.equals("bullet")) {
                flow.getChildren().add(styled("•  ", "help-text"));
            } else if (b.kind.equals("numbered")) {
                flow.getChildren().add(styled(b.number + ".  ", "help-text"));
            }
            String base = b.kind.startsWith("h") ? "help-" + b.kind + "-text" : "help-text";
            flow.getChildren().addAll(inline(text, base));
            if (b.kind.equals("bullet") || b.kind.equals("numbered")) {
                flow.setStyle("-fx-padding: 0 0 0 14;");
            }
            box.getChildren().add(flow);
        }
        return box;
    }

    /** The page's first heading, or "" (a help window's title). */
    public static String title(String markdown) {
        return blocks(markdown).stream().filter(b -> b.kind.equals("h1")).map(b -> b.text).findFirst().orElse("");
    }

    /** The plain text of a page: the words a reader sees, without the Markdown marks (for tests and search). */
    public static String plainText(Node page) {
        StringBuilder b = new StringBuilder();
        if (page instanceof VBox v) {
            for (Node n : v.getChildren()) {
                if (n instanceof TextFlow f) {
                    f.getChildren().forEach(t -> b.append(t instanceof Text x ? x.getText() : ""));
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    private record Block(String kind, String text, String number) {
    }

    private static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        Runnable flush = () -> {
            if (para.length() > 0) {
                out.add(new Block("p", para.toString().strip(), ""));
                para.setLength(0);
            }
        };
        Block item = null;
        for (String raw : markdown.replace("\r", "").split("\n", -1)) {
            String line = raw.strip();
            Matcher num = NUMBERED.matcher(line);
            if (line.isEmpty()) {
                flush.run();
                item = null;
            } else if (line.startsWith("#")) {
                flush.run();
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                out.add(new Block("h" + Math.min(3, level), line.substring(level).strip(), ""));
                item = null;
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                flush.run();
                item = new Block("bullet", line.substring(2).strip(), "");
                out.add(item);
            } else if (num.matches()) {
                flush.run();
                item = new Block("numbered", num.group(2), num.group(1));
                out.add(item);
            } else if (item != null && raw.startsWith(" ")) {
                // a list item's continuation line
                Block longer = new Block(item.kind, item.text + " " + line, item.number);
                out.set(out.size() - 1, longer);
                item = longer;
            } else {
                item = null;
                para.append(line).append(' ');
            }
        }
        flush.run();
        return out;
    }

    private static List<Text> inline(String text, String baseClass) {
        List<Text> out = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(styled(text.substring(at, m.start()), baseClass));
            }
            if (m.group(1) != null) {
                out.add(styled(m.group(1), baseClass, "help-bold"));
            } else if (m.group(2) != null) {
                out.add(styled(m.group(2), baseClass, "help-code"));
            } else {
                out.add(styled(m.group(3), baseClass, "help-italic"));
            }
            at = m.end();
        }
        if (at < text.length()) {
            out.add(styled(text.substring(at), baseClass));
        }
        return out;
    }

    private static Text styled(String text, String... classes) {
        Text t = new Text(text);
        t.getStyleClass().addAll(classes);
        return t;
    }
}
