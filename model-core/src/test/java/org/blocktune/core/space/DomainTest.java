package org.blocktune.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.blocktune.core.space.Domain.IntRange;
import org.blocktune.core.space.Domain.RealRange;
import org.blocktune.core.space.Domain.ValueSet;
import org.junit.jupiter.api.Test;

class DomainTest {

    @Test
    void levelsFollowTransforms() {
        assertEquals(List.of(0.001, 0.01, 0.1), new RealRange(1e-3, 1e-1, Transform.LOG10).levels(3));
        assertEquals(List.of(4, 16, 64), new IntRange(4, 64, Transform.LOG2).levels(3));
        assertEquals(List.of(10, 20, 30), new IntRange(10, 30).levels(3));
        assertEquals(List.of(1, 2, 3), new IntRange(1, 3).levels(5), "rounded duplicates appear once");
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75), new RealRange(0, 1, Transform.IDENTITY, true).levels(4));
        assertEquals(List.of("a", "b"), ValueSet.of("a", "b", "c").levels(2));
        assertEquals(List.of(5), new IntRange(5, 9).levels(1));
        assertThrows(IllegalArgumentException.class, () -> new IntRange(1, 2).levels(0));
    }

    @Test
    void uniformDrawsGiveEveryIntegerAFairShare() {
        IntRange r = new IntRange(1, 4);
        int[] counts = new int[5];
        for (int i = 0; i < 4000; i++) {
            counts[(Integer) r.valueAt((i + 0.5) / 4000)]++;
        }
        assertEquals(List.of(1000, 1000, 1000, 1000), List.of(counts[1], counts[2], counts[3], counts[4]));
        assertEquals(4, r.valueAt(0.999999));
        assertEquals(1, r.valueAt(0.0));
    }

    @Test
    void logRealDrawsAreEvenInLogUnits() {
        RealRange r = new RealRange(1e-4, 1e-1, Transform.LOG10);
        assertEquals(1e-4, (Double) r.valueAt(0.0), 1e-18);
        assertEquals(1e-3, (Double) r.valueAt(1.0 / 3), 1e-15);
        assertEquals(1.0 / 3, r.position(1e-3), 1e-12);
    }

    @Test
    void upperOpenRangeNeverReachesItsUpperBound() {
        RealRange r = new RealRange(0, 1, Transform.IDENTITY, true);
        assertTrue((Double) r.valueAt(1.0) < 1.0);
        assertTrue((Double) r.atPosition(1.0) < 1.0);
        assertFalse(r.contains(1.0));
        assertTrue(r.contains(0.0));
    }

    @Test
    void containsChecksTypes() {
        assertTrue(new IntRange(1, 3).contains(2));
        assertFalse(new IntRange(1, 3).contains(2.0));
        assertFalse(new IntRange(1, 3).contains(4));
        assertTrue(new RealRange(0, 1).contains(1));
        assertFalse(new RealRange(0, 1).contains(Double.NaN));
        assertFalse(ValueSet.of("a").contains("b"));
    }

    @Test
    void positionRoundTrips() {
        IntRange r = new IntRange(4, 128, Transform.LOG2);
        for (int v = 4; v <= 128; v++) {
            assertEquals(v, r.atPosition(r.position(v)));
        }
        ValueSet s = ValueSet.of("x", "y", "z");
        assertEquals("y", s.atPosition(s.position("y")));
    }
}
