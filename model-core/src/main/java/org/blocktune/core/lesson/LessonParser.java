package org.blocktune.core.lesson;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.blocktune.core.examples.ExampleProjects;

/**
 * Reads lesson files: markdown a teacher writes in any text editor.
 *
 * <pre>
 * # Iris: tune the training arguments        ← the title (first line)
 * start: example iris quick                  ← optional: example &lt;name&gt; quick|full, or current project
 * An introduction (optional).
 *
 * ## Mark the hidden layer's width as tune   ← one step per "## " heading
 * Two or three sentences: what to do, and why.
 * check: block dense has units tuned         ← zero or more checks (see {@link CheckKind})
 * </pre>
 *
 * Lines inside {@code <!-- … -->} are notes for the author and are skipped. Every problem is reported
 * with the file, the line and what to write instead; nothing here throws on a bad file.
 */
public final class LessonParser {
    /** Lesson files end with this. */
    public static final String EXTENSION = ".lesson.md";
    /** Larger files are refused (a lesson is a page or two). */
    static final int MAX_CHARS = 200_000;

    private LessonParser() {
    }

    /** Reads and parses a lesson file; a file that cannot be read is a problem, not an exception. */
    public static LessonParse read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_CHARS * 4L) {
                return failed(name, 0, "the file is too large for a lesson (" + Files.size(file) / 1024
                        + " KB); a lesson is a page or two of text");
            }
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return failed(name, 0, "the file is not UTF-8 text; save it as UTF-8 in your editor");
        } catch (IOException e) {
            return failed(name, 0, "could not read it (" + e.getMessage() + ")");
        }
    }

    /** Parses a lesson's text; {@code file} names it in messages. */
    public static LessonParse parse(String file, String text) {
        if (text.length() > MAX_CHARS) {
            return failed(file, 0, "the file is too large for a lesson; a lesson is a page or two of text");
        }
        return new Reader(file, text).read();
    }

    private static LessonParse failed(String file, int line, String message) {
        return new LessonParse(null, List.of(new LessonProblem(file, line, message)));
    }

    /** Parses one check (the text after {@code check:}); returns the check or adds a problem and returns null. */
    static Check check(String file, int line, String raw, List<LessonProblem> problems) {
        String text = raw.trim().replaceAll("\\s+", " ").replaceFirst("[.]$", "");
        if (text.isEmpty()) {
            problems.add(new LessonProblem(file, line, "'check:' has nothing after it; write e.g. 'check: step is Data'"));
            return null;
        }
        boolean negated = false;
        String body = text;
        if (body.toLowerCase(Locale.ROOT).startsWith("not ")) {
            negated = true;
            body = body.substring(4).trim();
        }
        for (CheckKind k : CheckKind.values()) {
            List<String> args = k.match(body);
            if (args != null) {
                String wrong = k.validate(args);
                if (wrong != null) {
                    problems.add(new LessonProblem(file, line, "check '" + text + "': " + wrong));
                    return null;
                }
                return new Check(k, args, negated, text, line);
            }
        }
        problems.add(new LessonProblem(file, line, "unknown check '" + text + "'; " + suggestion(body)));
        return null;
    }

    /** The forms that start like {@code body}, or a few examples when none does. */
    private static String suggestion(String body) {
        String first = body.split(" ")[0].toLowerCase(Locale.ROOT);
        List<String> alike = Arrays.stream(CheckKind.values()).map(CheckKind::syntax)
                .filter(s -> s.startsWith(first + " ")).toList();
        if (!alike.isEmpty()) {
            return "checks starting with '" + first + "': " + String.join("; ", alike);
        }
        return "checks look like 'step is Data', 'argument learn_rate is tuned', 'dry run has 0 errors' "
                + "(the README's Lessons section lists them all)";
    }

    /** Parses the text after {@code start:}. */
    static LessonStart start(String file, int line, String raw, List<LessonProblem> problems) {
        String[] w = raw.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length == 2 && w[0].equals("current") && w[1].equals("project")) {
            return LessonStart.CURRENT;
        }
        if (w.length >= 2 && w.length <= 3 && w[0].equals("example")) {
            if (!ExampleProjects.names().contains(w[1])) {
                problems.add(new LessonProblem(file, line, "unknown example '" + w[1] + "'; the examples are "
                        + String.join(", ", ExampleProjects.names())));
                return null;
            }
            if (w.length == 3 && !w[2].equals("quick") && !w[2].equals("full")) {
                problems.add(new LessonProblem(file, line, "'" + w[2] + "' is not a budget; write 'quick' or 'full'"));
                return null;
            }
            return new LessonStart(w[1], w.length == 2 || w[2].equals("quick"));
        }
        problems.add(new LessonProblem(file, line, "'start: " + raw.trim() + "' is not understood; write "
                + "'start: example <name> quick' (or full) or 'start: current project'"));
        return null;
    }

    /** One pass over the lines. */
    private static final class Reader {
        private final String file;
        private final String[] lines;
        private final List<LessonProblem> problems = new ArrayList<>();
        private final List<LessonStep> steps = new ArrayList<>();
        private String title;
        private final StringBuilder intro = new StringBuilder();
        private LessonStart start;
        private int startLine;
        // the step being read
        private String stepTitle;
        private int stepLine;
        private StringBuilder stepText;
        private List<Check> stepChecks;

        Reader(String file, String text) {
            this.file = file;
            this.lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
        }

        LessonParse read() {
            boolean inComment = false;
            for (int i = 0; i < lines.length; i++) {
                int no = i + 1;
                String line = lines[i];
                String t = line.trim();
                if (inComment) {
                    inComment = !t.contains("-->");
                    continue;
                }
                if (t.startsWith("<!--")) {
                    inComment = !t.contains("-->");
                    continue;
                }
                if (title == null) {
                    if (t.isEmpty()) {
                        continue;
                    }
                    if (t.startsWith("# ") && !t.substring(2).isBlank()) {
                        title = t.substring(2).trim();
                    } else {
                        problems.add(new LessonProblem(file, no, "a lesson file starts with its title, '# <title>'"));
                        title = "";
                    }
                    continue;
                }
                if (t.startsWith("## ") || t.equals("##")) {
                    endStep();
                    stepTitle = t.substring(2).trim();
                    stepLine = no;
                    stepText = new StringBuilder();
                    stepChecks = new ArrayList<>();
                    if (stepTitle.isEmpty()) {
                        problems.add(new LessonProblem(file, no, "a step needs a title after '## '"));
                    }
                    continue;
                }
                String lower = t.toLowerCase(Locale.ROOT);
                if (lower.startsWith("check:")) {
                    if (stepText == null) {
                        problems.add(new LessonProblem(file, no, "a check before the first step; put checks under "
                                + "the '## ' step they belong to"));
                    } else {
                        Check c = check(file, no, t.substring(6), problems);
                        if (c != null) {
                            stepChecks.add(c);
                        }
                    }
                    continue;
                }
                if (lower.startsWith("start:")) {
                    if (stepText != null) {
                        problems.add(new LessonProblem(file, no, "'start:' belongs above the first step"));
                    } else if (startLine > 0) {
                        problems.add(new LessonProblem(file, no, "a second 'start:' line (the first is on line "
                                + startLine + ")"));
                    } else {
                        startLine = no;
                        start = start(file, no, t.substring(6), problems);
                    }
                    continue;
                }
                (stepText == null ? intro : stepText).append(line.stripTrailing()).append('\n');
            }
            if (inComment) {
                problems.add(new LessonProblem(file, lines.length, "a '<!--' note is never closed with '-->'"));
            }
            endStep();
            if (title == null) {
                problems.add(new LessonProblem(file, 0, "the file is empty; a lesson starts with '# <title>'"));
            } else if (steps.isEmpty() && problems.isEmpty()) {
                problems.add(new LessonProblem(file, 0, "the lesson has no steps; start each step with '## <title>'"));
            }
            if (!problems.isEmpty()) {
                return new LessonParse(null, problems);
            }
            return new LessonParse(new Lesson(title, intro.toString().strip(), start == null ? LessonStart.CURRENT : start,
                    steps, file), List.of());
        }

        private void endStep() {
            if (stepText == null) {
                return;
            }
            String text = stepText.toString().strip();
            if (text.isEmpty()) {
                problems.add(new LessonProblem(file, stepLine, "step '" + stepTitle + "' has no text; say in two or "
                        + "three sentences what to do and why"));
            } else if (!stepTitle.isEmpty()) {
                steps.add(new LessonStep(stepTitle, text, stepChecks, stepLine));
            }
            stepText = null;
        }
    }
}
