package org.blocktune.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson files: a good one reads into steps and checks; each kind of mistake is reported with its line. */
class LessonParserTest {
    private static final String GOOD = """
            # Iris: tune the training arguments
            start: example iris quick
            You will tune a small network.

            ## Look at the model
            The model is a stack of blocks.
            Click the **dense** block.
            check: block dense is selected

            <!-- a note for the author
            check: this is not read -->
            ## Read about tuning
            Tuning tries several values and compares them.

            ## Tune the width
            Tick *tune* beside units.
            check: block dense has units tuned
            check: not argument dense_units is 16
            check:   step   is   1 Model.
            """;

    @Test
    void aGoodFileGivesTheTitleStartIntroStepsAndChecksWithTheirLines() {
        LessonParse p = LessonParser.parse("iris.lesson.md", GOOD);
        assertTrue(p.ok(), p.problems().toString());
        Lesson l = p.lesson();
        assertEquals("Iris: tune the training arguments", l.title());
        assertEquals(new LessonStart("iris", true), l.start());
        assertEquals("You will tune a small network.", l.intro());
        assertEquals(List.of("Look at the model", "Read about tuning", "Tune the width"),
                l.steps().stream().map(LessonStep::title).toList());
        LessonStep first = l.steps().get(0);
        assertEquals(5, first.line());
        assertEquals("The model is a stack of blocks.\nClick the **dense** block.", first.text());
        assertEquals(CheckKind.SELECTED, first.checks().get(0).kind());
        assertEquals(8, first.checks().get(0).line());
        assertTrue(l.steps().get(1).checks().isEmpty(), "the commented-out check is not read");
        List<Check> third = l.steps().get(2).checks();
        assertEquals(List.of(CheckKind.BLOCK_ARG_TUNED, CheckKind.ARG_VALUE, CheckKind.STEP),
                third.stream().map(Check::kind).toList());
        assertTrue(third.get(1).negated());
        assertEquals("step is 1 Model", third.get(2).text(), "spaces collapse and a final full stop is dropped");
    }

    @Test
    void withoutAStartLineTheLessonKeepsTheCurrentProject() {
        LessonParse p = LessonParser.parse("x.lesson.md", "# T\n## S\nDo it.\n");
        assertTrue(p.ok(), p.problems().toString());
        assertEquals(LessonStart.CURRENT, p.lesson().start());
        assertEquals(LessonStart.CURRENT, LessonParser.parse("x", "# T\nstart: current project\n## S\nDo.").lesson().start());
        assertEquals(new LessonStart("diamonds", false),
                LessonParser.parse("x", "# T\nstart: example diamonds full\n## S\nDo.").lesson().start());
    }

    @Test
    void anUnknownCheckNamesFileLineAndTheFormsThatStartAlike() {
        LessonParse p = LessonParser.parse("mine.lesson.md", "# T\n## S\nDo it.\ncheck: dry run is green\n");
        assertFalse(p.ok());
        assertNull(p.lesson());
        LessonProblem only = p.problems().get(0);
        assertEquals(1, p.problems().size());
        assertEquals("mine.lesson.md", only.file());
        assertEquals(4, only.line());
        assertTrue(only.message().contains("unknown check 'dry run is green'"), only.message());
        assertTrue(only.message().contains("dry run has <n> errors"), only.message());
        assertTrue(only.toString().startsWith("mine.lesson.md, line 4: "), only.toString());
        String other = LessonParser.parse("m", "# T\n## S\nDo.\ncheck: make it work\n").problems().get(0).message();
        assertTrue(other.contains("README"), other);
    }

    @Test
    void aKnownCheckWithAWrongWordSaysWhichWordsFit() {
        assertProblem("# T\n## S\nDo.\ncheck: step is Training\n", 4, "unknown step 'Training'; the steps are Model, Data");
        assertProblem("# T\n## S\nDo.\ncheck: task is clustering\n", 4, "use one of classification, regression");
        assertProblem("# T\n## S\nDo.\ncheck: grid is sobol\n", 4, "unknown grid kind 'sobol'");
        assertProblem("# T\n## S\nDo.\ncheck: recipe has scale\n", 4, "unknown recipe step 'scale'");
        assertProblem("# T\n## S\nDo.\ncheck: resampling is holdout\n", 4, "unknown resampling scheme 'holdout'");
        assertProblem("# T\n## S\nDo.\ncheck: model is recurrent\n", 4, "unknown model kind 'recurrent'");
        assertProblem("# T\n## S\nDo.\ncheck:\n", 4, "'check:' has nothing after it");
    }

    @Test
    void aStepWithoutTextOrTitleIsReported() {
        assertProblem("# T\n## Empty step\ncheck: step is Data\n## Next\nText.\n", 2,
                "step 'Empty step' has no text; say in two or three sentences what to do and why");
        assertProblem("# T\n##\nText.\n", 2, "a step needs a title after '## '");
    }

    @Test
    void aMissingTitleOrStepsOrAnEmptyFileIsReported() {
        assertProblem("Some text\n## S\nDo.\n", 1, "a lesson file starts with its title, '# <title>'");
        assertProblem("# T\nJust an introduction.\n", 0, "the lesson has no steps");
        assertProblem("\n\n", 0, "the file is empty");
        assertProblem("# T\n<!-- never closed\n## S\nDo.\n", 5, "never closed");
    }

    @Test
    void misplacedOrWrongStartAndCheckLinesAreReported() {
        assertProblem("# T\nstart: example cifar quick\n## S\nDo.\n", 2, "unknown example 'cifar'; the examples are iris");
        assertProblem("# T\nstart: example iris medium\n## S\nDo.\n", 2, "'medium' is not a budget");
        assertProblem("# T\nstart: somewhere\n## S\nDo.\n", 2, "'start: somewhere' is not understood");
        assertProblem("# T\nstart: current project\nstart: current project\n## S\nDo.\n", 3, "a second 'start:' line");
        assertProblem("# T\n## S\nDo.\nstart: current project\n", 4, "'start:' belongs above the first step");
        assertProblem("# T\ncheck: step is Data\n## S\nDo.\n", 2, "a check before the first step");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        LessonParse p = LessonParser.parse("x", "# T\n## A\ncheck: foo\n## B\nText.\ncheck: step is Nowhere\n");
        assertEquals(List.of(3, 2, 6), p.problems().stream().map(LessonProblem::line).toList(), p.problems().toString());
    }

    @Test
    void filesAreReadAsUtf8AndUnreadableFilesAreProblemsNotExceptions(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("ok.lesson.md");
        Files.writeString(good, "\uFEFF# Größe\n## Schritt\nKlicken Sie.\n", StandardCharsets.UTF_8);
        LessonParse p = LessonParser.read(good);
        assertTrue(p.ok(), p.problems().toString());
        assertEquals("Größe", p.lesson().title());
        assertEquals("ok.lesson.md", p.lesson().source());

        Path latin1 = dir.resolve("latin1.lesson.md");
        Files.write(latin1, "# Gr\u00f6\u00dfe\n## S\nx\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(LessonParser.read(latin1).problems().get(0).message().contains("not UTF-8"));

        LessonParse missing = LessonParser.read(dir.resolve("gone.lesson.md"));
        assertFalse(missing.ok());
        assertEquals("gone.lesson.md", missing.problems().get(0).file());
        assertTrue(missing.problems().get(0).message().startsWith("could not read it"));

        String huge = "# T\n## S\n" + "x".repeat(LessonParser.MAX_CHARS);
        assertTrue(LessonParser.parse("big", huge).problems().get(0).message().contains("too large"));
    }

    private static void assertProblem(String text, int line, String message) {
        LessonParse p = LessonParser.parse("t.lesson.md", text);
        assertFalse(p.ok(), text);
        assertTrue(p.problems().stream().anyMatch(x -> x.line() == line && x.message().contains(message)),
                "expected line " + line + " '" + message + "' in " + p.problems());
    }
}
