package org.blocktune.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How tables and the search-space fields write numbers: the digits that matter, no padding zeros. */
class FieldsTest {

    @Test
    void numbersLoseTrailingZerosInEveryNotation() {
        assertEquals("0.0001", Fields.format(0.0001), "a learning rate's lower bound used to read 0.000100");
        assertEquals("0.000361", Fields.format(0.000361));
        assertEquals("1.5e-05", Fields.format(1.5e-5));
        assertEquals("2.5e+06", Fields.format(2.5e6 + 0.5));
        assertEquals("0.25", Fields.format(0.25));
        assertEquals("0.04341", Fields.format(0.04341));
        assertEquals("1235", Fields.format(1234.5678));
        assertEquals("12.0", Fields.format(12.0));
        assertEquals("-0.001", Fields.format(-0.001));
        assertEquals("adam", Fields.format("adam"));
        assertEquals("64", Fields.format(64));
    }
}
