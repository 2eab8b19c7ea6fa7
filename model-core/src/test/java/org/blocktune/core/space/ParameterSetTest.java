package org.blocktune.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.space.Domain.IntRange;
import org.blocktune.core.space.Domain.RealRange;
import org.blocktune.core.space.Domain.ValueSet;
import org.junit.jupiter.api.Test;

class ParameterSetTest {

    @Test
    void defaultsKeepOrderAndOverridesWin() {
        ParameterSet set = ParameterSet.ofDefaults(List.of("num_body", "body_units", "learn_rate"),
                Map.of("body_units", new IntRange(16, 64)));
        assertEquals(List.of("num_body", "body_units", "learn_rate"), set.names());
        assertEquals(new IntRange(16, 64), set.domain("body_units"));
        assertEquals(new IntRange(1, 3), set.domain("num_body"));
    }

    @Test
    void missingDefaultsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParameterSet.ofDefaults(List.of("body_units", "fit_validation_split", "dense_use_bias")));
        assertTrue(e.getMessage().contains("[fit_validation_split, dense_use_bias]"), e.getMessage());
    }

    @Test
    void updateReturnsNewValueAndKeepsPosition() {
        ParameterSet a = ParameterSet.of().add("a", new IntRange(1, 3)).add("b", ValueSet.of("x", "y"));
        ParameterSet b = a.update("a", new IntRange(2, 5));
        assertEquals(new IntRange(1, 3), a.domain("a"));
        assertEquals(new IntRange(2, 5), b.domain("a"));
        assertEquals(List.of("a", "b"), b.names());
        assertNotEquals(a, b);
        assertEquals(List.of("b"), b.remove("a").names());
        assertThrows(IllegalArgumentException.class, () -> a.update("c", new IntRange(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> a.add("a", new IntRange(1, 2)));
        assertThrows(UnsupportedOperationException.class, () -> a.parameters().clear());
    }

    @Test
    void problemsListEverythingWrong() {
        ParameterSet set = ParameterSet.of().add("n", new IntRange(1, 3)).add("r", new RealRange(0, 1, Transform.IDENTITY, true));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("n", 4);
        row.put("r", 1.0);
        row.put("z", "?");
        assertEquals(3, set.problems(row).size());
        assertTrue(set.problems(Map.of("n", 2, "r", 0.5)).isEmpty());
        assertEquals(List.of("missing a value for 'r'"), set.problems(Map.of("n", 2)));
    }

    @Test
    void cardinality() {
        ParameterSet set = ParameterSet.of().add("n", new IntRange(1, 3)).add("o", ValueSet.of("a", "b"));
        assertEquals(6, set.cardinality());
        assertEquals(Long.MAX_VALUE, set.add("r", new RealRange(0, 1)).cardinality());
    }
}
