package org.blocktune.core.dl4j;

import org.bytedeco.javacpp.Pointer;

/**
 * How much memory the process holds, heap and native together, as JavaCPP (under ND4J) reads it
 * from the operating system. ND4J 1.0.0-M2.1 does not count its array buffers in JavaCPP's
 * {@code Pointer.totalBytes()} (measured: a 4 MB array adds 32 bytes), so resident memory is the
 * figure that shows native growth. For benchmarks and diagnostics; cheap to read.
 */
public final class NativeMemoryUse {
    private NativeMemoryUse() {
    }

    /** Resident memory of the whole process (heap included), in bytes. */
    public static long processBytes() {
        JavaCppLimits.relax(); // before this first touch of JavaCPP can fix its settings
        return Pointer.physicalBytes();
    }
}
