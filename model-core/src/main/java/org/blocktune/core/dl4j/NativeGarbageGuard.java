package org.blocktune.core.dl4j;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks for a garbage collection when many of ND4J's native buffers wait for one.
 *
 * <p>Why: ND4J frees an array's native memory only after the Java collector finds the array
 * unreachable. Small fits make arrays by the hundred thousand per second; about 1.5 KB of native
 * memory each (libnd4j's buffer and shape records, untracked by ND4J's allocation counters) then
 * waits for a collection, and many of those arrays live through young collections (a view keeps
 * its parent reachable until the view is freed) into the old generation, which G1 clears only
 * when the heap is nearly half full. With a 4 GB heap a two-worker iris tune held 4–5 GB of resident
 * memory, 7 GB in the full benchmark run; with this guard about 1 GB, at the same speed.
 *
 * <p>How: a daemon thread counts the buffers ND4J has registered and not yet freed every
 * {@value #POLL_MS} ms, remembers the lowest count seen (about the live ones), and calls
 * {@link System#gc()} when the count is more than {@code limit} above it, or once when a count above
 * half the limit has stood still for {@value #STALE_POLLS} polls; after a collection the floor is the
 * count before it less what it freed. {@value #LIMIT_PROPERTY}
 * sets the limit (default {@value #DEFAULT_LIMIT}; 0 turns the guard off).
 */
final class NativeGarbageGuard {
    /** System property: buffers awaiting collection that trigger one (0: never). */
    static final String LIMIT_PROPERTY = "blocktune.nd4j.gcAfterBuffers";
    static final int DEFAULT_LIMIT = 150_000;
    static final long POLL_MS = 250;
    /**
     * Polls (2 s) after which a count of more than half the limit that has not changed at all (no
     * buffer made or freed) is collected once: the floor can hold unreachable buffers (the guard starts
     * on whatever waits, and buffers made while a collection's are freed count), and when work stops
     * making buffers no young collection may come for a long time; in the test suite 52,000–95,000
     * then waited. One collection per such plateau.
     */
    static final int STALE_POLLS = 8;
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    private final Map<?, ?> registered;
    private final int limit;

    private NativeGarbageGuard(Map<?, ?> registered, int limit) {
        this.registered = registered;
        this.limit = limit;
    }

    /**
     * Starts the guard over ND4J's map of registered buffers, with the limit of {@value #LIMIT_PROPERTY};
     * returns its thread, or null (starting nothing) when that limit is 0.
     */
    static Thread start(Map<?, ?> registered) {
        return start(registered, Integer.getInteger(LIMIT_PROPERTY, DEFAULT_LIMIT));
    }

    /** Starts a guard with its own limit; interrupting the returned thread stops it. Null when {@code limit} is not positive. */
    static Thread start(Map<?, ?> registered, int limit) {
        if (limit <= 0) {
            return null;
        }
        Thread t = new Thread(new NativeGarbageGuard(registered, limit)::watch, "blocktune-nd4j-gc-guard");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * The reclaimer's freed count once it has freed what a collection found (it stops rising; at most
     * a second). The new floor is the count before the collection less what the collection freed: the
     * count read afterwards also held the buffers made since, and while small fits kept making them
     * the floor rose with them, so that after earlier work had grown the heap (young collections
     * rare) 60,000–90,000 unreachable buffers waited below the trigger.
     */
    private static long settledFreed(long before) {
        long last = before;
        for (int i = 0; i < 20; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long freed = NativeReclaimer.freed();
            if (freed == last && i > 0) {
                break;
            }
            last = freed;
        }
        return NativeReclaimer.freed();
    }

    /** Collections the guards have asked for so far. */
    static long collections() {
        return COLLECTIONS.get();
    }

    private void watch() {
        long floor = registered.size();
        long last = floor;
        int unchanged = 0;
        long idleCollectedAt = -1;
        while (true) {
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            }
            long now = registered.size();
            floor = Math.min(floor, now);
            unchanged = now == last ? unchanged + 1 : 0;
            last = now;
            boolean idleWithGarbage = unchanged >= STALE_POLLS && now > limit / 2 && now != idleCollectedAt;
            if (now > floor + limit || idleWithGarbage) {
                unchanged = 0;
                idleCollectedAt = idleWithGarbage ? now : -1;
                long freedBefore = NativeReclaimer.freed();
                System.gc();
                COLLECTIONS.incrementAndGet();
                floor = Math.max(0, now - (settledFreed(freedBefore) - freedBefore));
            }
        }
    }
}
