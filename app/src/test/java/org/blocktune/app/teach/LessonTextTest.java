package org.blocktune.app.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A step's markdown splits into paragraphs and list items as a reader expects. */
class LessonTextTest {

    @Test
    void linesJoinIntoParagraphsAndEachListItemStandsAlone() {
        assertEquals(List.of("Open the Data step. The outcome is Species.", "- one item", "* another item continued",
                        "Last paragraph."),
                LessonText.blocks("Open the Data step.\nThe outcome is Species.\n\n- one item\n* another item\n"
                        + "continued\n\n\nLast paragraph.\n"));
        assertEquals(List.of("A heading inside a step"), LessonText.blocks("### A heading inside a step"));
        assertEquals(List.of(), LessonText.blocks("\n  \n"));
    }
}
