package org.blocktune.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.ShippedData;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.SpecArgument;
import org.junit.jupiter.api.Test;

/**
 * The lessons in resources/lessons: one per example, each reads without problems, starts from its example,
 * and names only blocks, arguments and outcomes that its example has (a renamed block would otherwise leave
 * a step that can never be done).
 */
class ShippedLessonsTest {

    @Test
    void thereIsOneGoodLessonPerExampleAndItsChecksNameWhatTheExampleHas() throws IOException {
        Path folder = ShippedData.resources().resolve("lessons");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(LessonParser.EXTENSION)).sorted().toList();
        }
        Set<String> started = new java.util.TreeSet<>();
        for (Path f : files) {
            LessonParse parse = LessonParser.read(f);
            assertTrue(parse.ok(), parse.problems().toString());
            Lesson lesson = parse.lesson();
            assertTrue(lesson.start().opensExample(), f + " starts from an example");
            started.add(lesson.start().example());
            Project project = ExampleProjects.example(lesson.start().example()).project(lesson.start().quick());
            Set<String> blocks = project.spec().nodes().stream().map(Node::name).collect(Collectors.toSet());
            Set<String> arguments = project.spec().arguments().stream().map(SpecArgument::name)
                    .collect(Collectors.toSet());
            for (LessonStep step : lesson.steps()) {
                assertTrue(step.text().split("[.!?](\\s|$)").length <= 4,
                        f.getFileName() + " '" + step.title() + "': a step says what and why in two or three sentences");
                for (Check c : step.checks()) {
                    String where = f.getFileName() + " line " + c.line() + ": " + c.text();
                    switch (c.kind()) {
                        case HAS_BLOCK, SELECTED -> assertTrue(blocks.contains(c.args().get(0)), where);
                        case BLOCK_ARG_TUNED -> assertTrue(arguments.contains(c.args().get(0) + "_" + c.args().get(1)),
                                where);
                        case ARG_TUNED, ARG_FIXED, ARG_VALUE -> assertTrue(arguments.contains(c.args().get(0)), where);
                        case OUTCOME -> assertEquals(project.data().roles().outcomes().get(0), c.args().get(0), where);
                        default -> { }
                    }
                }
            }
        }
        assertEquals(new java.util.TreeSet<>(List.of("iris", "fashion-mlp", "diamonds", "attrition",
                "fashion-random-search")), started, "one lesson per seed example");
        assertEquals(5, files.size());
    }
}
