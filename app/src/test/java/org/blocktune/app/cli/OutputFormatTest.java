package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
    private final Rows rows = new Rows(List.of("candidate", "units", "accuracy"), List.of(
            Arrays.asList("cand_01", 16, 0.93333333),
            Arrays.asList("cand_02, big", 256, null)));

    @Test
    void tableAlignsNumbersRightAndTextLeft() {
        String[] lines = OutputFormat.TABLE.render(rows).split("\n");
        assertEquals("candidate     units  accuracy", lines[0]);
        assertEquals("cand_01          16    0.9333", lines[2]);
        assertEquals("cand_02, big    256", lines[3]);
    }

    @Test
    void csvQuotesCommasAndKeepsFullPrecision() {
        String csv = OutputFormat.CSV.render(rows);
        assertEquals("candidate,units,accuracy\ncand_01,16,0.93333333\n\"cand_02, big\",256,\n", csv);
    }

    @Test
    void jsonIsAnArrayOfObjects() {
        String json = OutputFormat.JSON.render(rows);
        assertTrue(json.trim().startsWith("["), json);
        assertTrue(json.contains("\"candidate\" : \"cand_02, big\""), json);
        assertTrue(json.contains("\"accuracy\" : null"), json);
    }
}
