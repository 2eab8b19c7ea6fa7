package org.blocktune.core.dl4j;

import org.bytedeco.javacpp.Pointer;

/**
 * How much memory outside the Java heap the process uses, as JavaCPP (under ND4J) reports it.
 * For benchmarks and diagnostics; reading it is cheap.
 */
public final class NativeMemoryUse {
    private NativeMemoryUse() {
    }

    /** Resident memory of the whole process (heap included), in bytes. */
    public static long processBytes() {
        return Pointer.physicalBytes();
    }

    /** Bytes currently held by JavaCPP-tracked native allocations. */
    public static long trackedBytes() {
        return Pointer.totalBytes();
    }
}
