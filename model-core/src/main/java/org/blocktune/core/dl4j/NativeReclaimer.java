package org.blocktune.core.dl4j;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.nd4j.linalg.api.memory.Deallocatable;
import org.nd4j.linalg.api.memory.deallocation.DeallocatableReference;
import org.nd4j.linalg.api.memory.deallocation.DeallocatorService;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Frees ND4J's garbage-collected native memory only when no BlockTune ND4J work that could still use it is running.
 *
 * <p>Why: ND4J 1.0.0-M2.1 frees an array's native buffer on its own threads as soon as the garbage
 * collector finds the buffer's Java object unreachable. An operation's temporary arguments (for
 * instance the dimension array of the broadcast that adds a dense layer's bias) are reachable only
 * through the operation object, which compiled code drops once the native call has its pointers;
 * a collection at that moment freed the buffer while the native call still read it, and the JVM died
 * ({@code SIGSEGV in sd::DataBuffer::primary()} under {@code execBroadcast}). Nothing in BlockTune
 * closed that buffer: the race is ND4J's own and any collection can trigger it.
 *
 * <p>How: {@link #install()} routes every buffer registered from then on to this class's queue
 * instead of ND4J's. All ND4J work in this package runs inside a {@link #section()}; a buffer the
 * collector found unreachable is freed only after every section that was open when it was found has
 * closed (a grace period, as in epoch-based reclamation). Sections never wait; only the freeing does.
 * Sections are short (one batch, one forward pass), so memory is freed at most that much later.
 * A {@link NativeGarbageGuard} starts with it, so collected buffers do not pile up between collections.
 */
public final class NativeReclaimer {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    /** System property that leaves ND4J's own (unguarded) freeing in place, for comparison runs. */
    public static final String DISABLE_PROPERTY = "blocktune.nd4j.unguardedFreeing";
    private static final System.Logger LOG = System.getLogger(NativeReclaimer.class.getName());
    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(() -> {
        Slot s = new Slot(Thread.currentThread());
        SLOTS.add(s);
        return s;
    });
    private static final Section SECTION = NativeReclaimer::exit;
    private static final AtomicLong FREED = new AtomicLong();
    private static volatile boolean installed;
    private static volatile boolean tried;

    private NativeReclaimer() {
    }

    /** A stretch of ND4J work; close it on the same thread (try-with-resources). */
    public interface Section extends AutoCloseable {
        @Override
        void close();
    }

    /** One thread's section state: {@code state} is odd while the thread is inside a section. */
    private static final class Slot {
        final WeakReference<Thread> thread;
        volatile long state;
        int depth;

        Slot(Thread t) {
            this.thread = new WeakReference<>(t);
        }
    }

    /**
     * Opens a section on the calling thread (sections nest); installs the reclaimer on first use.
     * Every ND4J call of this package runs inside one.
     */
    public static Section section() {
        if (!tried) {
            install();
        }
        Slot s = SLOT.get();
        if (s.depth++ == 0) {
            s.state++; // odd: inside
        }
        return SECTION;
    }

    private static void exit() {
        Slot s = SLOT.get();
        if (s.depth == 0) {
            throw new IllegalStateException("no ND4J section is open on this thread");
        }
        if (--s.depth == 0) {
            s.state++; // even: outside
        }
    }

    /** Whether ND4J's buffers are freed by this class (false if ND4J's internals did not match). */
    public static boolean installed() {
        return installed;
    }

    /** Native buffers freed by this class so far. */
    public static long freed() {
        return FREED.get();
    }

    /**
     * Takes over ND4J's freeing of collected buffers (idempotent). If ND4J's internals are not the
     * expected ones (or {@value #DISABLE_PROPERTY} is set), logs a warning and leaves ND4J's own freeing in place.
     */
    public static synchronized void install() {
        if (tried) {
            return;
        }
        tried = true;
        JavaCppLimits.relax();
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            LOG.log(System.Logger.Level.WARNING, "ND4J frees collected arrays at once (-D" + DISABLE_PROPERTY + ")");
            return;
        }
        try {
            DeallocatorService service = Nd4j.getDeallocatorService();
            Map<String, DeallocatableReference> references = field(service, "referenceMap");
            List<List<ReferenceQueue<Deallocatable>>> perDevice = field(service, "deviceMap");
            ReferenceQueue<Deallocatable> queue = new ReferenceQueue<>();
            for (List<ReferenceQueue<Deallocatable>> queues : perDevice) {
                for (int i = 0; i < queues.size(); i++) {
                    queues.set(i, queue);
                }
            }
            Thread t = new Thread(() -> reclaim(queue, references), "blocktune-nd4j-reclaimer");
            t.setDaemon(true);
            t.start();
            installed = true;
            NativeGarbageGuard.start(references);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ND4J frees collected arrays at once (unguarded): " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        Object value = f.get(owner);
        if (value == null) {
            throw new NoSuchFieldException(name + " is null");
        }
        return (T) value;
    }

    private static void reclaim(ReferenceQueue<Deallocatable> queue, Map<String, DeallocatableReference> references) {
        List<DeallocatableReference> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add((DeallocatableReference) queue.remove());
            } catch (InterruptedException e) {
                return;
            }
            for (Reference<?> r = queue.poll(); r != null; r = queue.poll()) {
                batch.add((DeallocatableReference) r);
            }
            awaitGracePeriod();
            for (DeallocatableReference r : batch) {
                try {
                    r.getDeallocator().deallocate();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "ND4J could not free a buffer: " + e, e);
                }
                references.remove(r.getId());
            }
            FREED.addAndGet(batch.size());
            batch.clear();
        }
    }

    /** Waits until every section open now has closed. */
    private static void awaitGracePeriod() {
        List<Slot> open = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        for (Slot s : SLOTS) {
            Thread t = s.thread.get();
            if (t == null || !t.isAlive()) {
                SLOTS.remove(s);
                continue;
            }
            long state = s.state;
            if ((state & 1) == 1) {
                open.add(s);
                seen.add(state);
            }
        }
        for (int i = 0; i < open.size(); i++) {
            Slot s = open.get(i);
            while (s.state == seen.get(i)) {
                Thread t = s.thread.get();
                if (t == null || !t.isAlive()) {
                    break;
                }
                LockSupport.parkNanos(100_000);
            }
        }
    }
}
