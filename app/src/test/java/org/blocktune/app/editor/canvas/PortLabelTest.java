package org.blocktune.app.editor.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Input port labels: full names when there is room, abbreviated on crowded merge blocks. */
class PortLabelTest {

    @Test
    void aLoneInputPortShowsItsFullName() {
        assertEquals("input", BlockView.portLabel("input", BlockView.W / 2));
    }

    @Test
    void twoMergePortsHaveRoomForTheirFullNames() {
        assertEquals("input_a", BlockView.portLabel("input_a", BlockView.W / 3));
    }

    @Test
    void crowdedMergePortsShowTheLetterAfterInput() {
        assertEquals("b", BlockView.portLabel("input_b", BlockView.W / 4));
        assertEquals("27", BlockView.portLabel("input_27", BlockView.W / 8));
    }

    @Test
    void otherLongNamesAreShortenedToFit() {
        assertEquals("left_…", BlockView.portLabel("left_branch_input", BlockView.W / 4));
    }
}
