package org.blocktune.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.spec.Shape;
import org.junit.jupiter.api.Test;

/** The dry run warns about candidates that need much memory and refuses those that cannot fit, before allocating. */
class MemoryEstimateTest {
    private static final long GB = 1L << 30;

    @Test
    void warnsAboveAQuarterAndRefusesAboveThePhysicalMemory() {
        assertTrue(MemoryEstimate.check(1_000_000, 16 * GB).isEmpty());
        Problem warning = MemoryEstimate.check(400_000_000, 16 * GB).orElseThrow(); // 6.0 GB to train
        assertFalse(warning.isError());
        assertTrue(warning.message().contains("400,000,000 parameters need about 6.0 GB") && warning.message().contains("16.0 GB"),
                warning.message());
        Problem error = MemoryEstimate.check(2_000_000_000, 16 * GB).orElseThrow();
        assertTrue(error.isError());
        assertTrue(error.message().startsWith(MemoryEstimate.TOO_LARGE) && error.message().contains("fewer units"), error.message());
        assertTrue(MemoryEstimate.isMemoryProblem(error.message()));
        assertTrue(MemoryEstimate.isMemoryProblem("std::bad_alloc"));
        assertFalse(MemoryEstimate.isMemoryProblem("block 'dense': units must be positive"));
    }

    @Test
    void aBillionUnitsIsRefusedQuicklyWithoutAskingTheAllocator() {
        CompiledRow row = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CompileGrid.compileRow(0, SeedSpecs.irisMlp(),
                Map.of(), Map.of("dense_units", 1_000_000_000), DataShape.classification(Shape.flat(4), 3), 1));
        assertFalse(row.ok());
        assertTrue(row.error().startsWith(MemoryEstimate.TOO_LARGE), row.error());
        assertEquals(0, row.paramCount());
    }
}
