package org.blocktune.core.dl4j;

import java.util.Locale;

/** Recognises memory exhaustion, whether the JVM heap or ND4J's native allocator ran out. */
public final class NativeMemory {
    private NativeMemory() {
    }

    /** True when {@code error} or one of its causes says that memory could not be allocated. */
    public static boolean isExhausted(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("out of memory") || m.contains("cannot allocate") || m.contains("failed to allocate")
                    || m.contains("allocation failed") || m.contains("bad_alloc")) {
                return true;
            }
        }
        return false;
    }
}
