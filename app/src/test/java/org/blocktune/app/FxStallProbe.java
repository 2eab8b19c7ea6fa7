package org.blocktune.app;

import static org.blocktune.app.FxThread.fx;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;

/**
 * Measures the FX thread while something runs: the gaps between FX pulses and, for each gap, how
 * much CPU the FX thread and the renderer thread got, how much the whole process used and how
 * long the garbage collector paused; a daemon thread samples the FX thread's stack every few
 * milliseconds and tells what it was doing (our code, JFreeChart, CSS, layout, rendering, waiting
 * for events). Prints a report; asserts nothing (timings depend on the machine).
 */
public final class FxStallProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** The state of the FX thread at one pulse. */
    private record Pulse(long wall, long fxCpu, long renderCpu, long processCpu, long gcMillis) { }

    /** One stack sample of the FX thread. */
    private record Sample(long wall, String phase, String frame, String top, String entry) { }

    private final List<String> collections = java.util.Collections.synchronizedList(new ArrayList<>());
    private final javax.management.NotificationListener gcListener = (n, h) -> {
        if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
            if (info.getGcInfo().getDuration() >= 20) {
                collections.add(String.format(Locale.ROOT, "%s (%s) %d ms", info.getGcAction(), info.getGcCause(),
                        info.getGcInfo().getDuration()));
            }
        }
    };
    private final Thread fxThread;
    private final Thread renderThread;
    private final List<Pulse> pulses = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();
    private final AnimationTimer timer;
    private final Thread sampler;
    private volatile boolean on = true;
    private final long began = System.nanoTime();
    private long ended;

    private FxStallProbe() throws Exception {
        THREADS.setThreadCpuTimeEnabled(true);
        fxThread = fx(Thread::currentThread);
        renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(new Pulse(System.nanoTime(), THREADS.getCurrentThreadCpuTime(),
                        renderThread == null ? 0 : THREADS.getThreadCpuTime(renderThread.getId()),
                        OS.getProcessCpuTime(), gcMillis()));
            }
        };
        sampler = new Thread(this::sample, "fx-stall-probe");
        sampler.setDaemon(true);
        fx(() -> {
            timer.start();
            return null;
        });
        sampler.start();
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) g).addNotificationListener(gcListener, null, null);
        }
    }

    /** Starts measuring (call from a test thread, not the FX thread). */
    public static FxStallProbe start() throws Exception {
        return new FxStallProbe();
    }

    /** Measures {@code seconds} with nothing else going on and returns the report line of the idle FX thread. */
    public static String idle(double seconds) throws Exception {
        FxStallProbe p = start();
        Thread.sleep((long) (seconds * 1000));
        p.stop();
        return p.summary("idle");
    }

    /** Stops measuring. */
    public void stop() throws Exception {
        on = false;
        sampler.join();
        fx(() -> {
            timer.stop();
            return null;
        });
        ended = System.nanoTime();
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) g).removeNotificationListener(gcListener);
        }
    }

    /** Pulses a second over the whole measurement. */
    public double pulsesPerSecond() {
        return pulses.size() / ((ended - began) / 1e9);
    }

    /** The longest gap between two pulses, in milliseconds. */
    public double longestGapMillis() {
        double longest = 0;
        for (int i = 1; i < pulses.size(); i++) {
            longest = Math.max(longest, (pulses.get(i).wall - pulses.get(i - 1).wall) / 1e6);
        }
        return longest;
    }

    /** One line: pulses a second, longest gap, share of the time the FX thread had the CPU. */
    public String summary(String what) {
        double wall = (ended - began) / 1e6;
        Pulse a = pulses.isEmpty() ? null : pulses.get(0);
        Pulse b = pulses.isEmpty() ? null : pulses.get(pulses.size() - 1);
        double fxCpu = a == null ? 0 : (b.fxCpu - a.fxCpu) / 1e6;
        double procCpu = a == null ? 0 : (b.processCpu - a.processCpu) / 1e6;
        double span = a == null ? 1 : (b.wall - a.wall) / 1e6;
        return String.format(Locale.ROOT, "%s: %.1f s, %d pulses (%.1f a second), longest gap %.1f ms; FX thread CPU "
                        + "%.0f%% of the time, process %.2f cores, GC %d ms, system load %.1f on %d cores", what,
                wall / 1000, pulses.size(), pulsesPerSecond(), longestGapMillis(), 100 * fxCpu / span, procCpu / span,
                a == null ? 0 : b.gcMillis - a.gcMillis, OS.getSystemLoadAverage(), OS.getAvailableProcessors());
    }

    /** The summary, the longest gaps with what filled them, and what the FX thread did over all samples. */
    public String report(String what, int gaps) {
        StringBuilder s = new StringBuilder(summary(what)).append('\n');
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < pulses.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> -(pulses.get(i).wall - pulses.get(i - 1).wall)));
        for (int i : order.subList(0, Math.min(gaps, order.size()))) {
            Pulse p = pulses.get(i - 1);
            Pulse q = pulses.get(i);
            double wall = (q.wall - p.wall) / 1e6;
            s.append(String.format(Locale.ROOT, "  gap %.0f ms at %.0f ms: FX thread CPU %.0f ms, renderer CPU %.0f ms, "
                            + "process %.2f cores, GC %d ms; samples: %s%n", wall, (p.wall - began) / 1e6,
                    (q.fxCpu - p.fxCpu) / 1e6, (q.renderCpu - p.renderCpu) / 1e6,
                    (q.processCpu - p.processCpu) / 1e6 / wall, q.gcMillis - p.gcMillis,
                    histogram(samples(p.wall, q.wall), Sample::phase, 4)));
        }
        s.append("  collections of 20 ms or more: ").append(collections.isEmpty() ? "none" : String.join(", ",
                collections)).append('\n');
        s.append("  FX thread over all ").append(samples.size()).append(" samples: ")
                .append(histogram(samples, Sample::phase, 8)).append('\n');
        s.append("  busy samples by entry into our code: ").append(histogram(samples.stream()
                .filter(x -> !x.phase.startsWith("idle") && !x.phase.startsWith("waiting")).toList(), Sample::entry, 8))
                .append('\n');
        s.append("  busy frames: ").append(histogram(samples.stream().filter(x -> !x.phase.startsWith("idle"))
                .toList(), Sample::frame, 10)).append('\n');
        s.append("  busy innermost frames: ").append(histogram(samples.stream().filter(x -> !x.phase.startsWith("idle"))
                .toList(), Sample::top, 10));
        return s.toString();
    }

    private List<Sample> samples(long from, long to) {
        return samples.stream().filter(x -> x.wall >= from && x.wall < to).toList();
    }

    private static String histogram(List<Sample> of, java.util.function.Function<Sample, String> key, int top) {
        if (of.isEmpty()) {
            return "(none)";
        }
        Map<String, Long> counts = of.stream().collect(Collectors.groupingBy(key, HashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / of.size()))
                .collect(Collectors.joining(", "));
    }

    private void sample() {
        List<Sample> mine = new ArrayList<>();
        while (on) {
            StackTraceElement[] stack = fxThread.getStackTrace();
            Thread.State state = fxThread.getState();
            mine.add(new Sample(System.nanoTime(), phase(stack, state), frame(stack),
                    stack.length > 0 ? simple(stack[0]) : "?", entry(stack)));
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                break;
            }
        }
        synchronized (samples) {
            samples.addAll(mine);
        }
    }

    /** What the FX thread is doing, by the JavaFX or library entry points on its stack. */
    private static String phase(StackTraceElement[] stack, Thread.State state) {
        String all = java.util.Arrays.stream(stack).map(e -> e.getClassName() + "." + e.getMethodName())
                .collect(Collectors.joining(" "));
        if (all.contains("waitForRenderingToComplete") || all.contains("PaintCollector")
                && state != Thread.State.RUNNABLE) {
            return "waiting for the renderer";
        }
        if (state != Thread.State.RUNNABLE && stack.length > 0 && (all.contains("RunnableProcessor")
                || all.contains("InvokeLaterDispatcher") || all.contains("_runLoop") || all.contains("runLoop"))
                && !all.contains("org.blocktune") && !all.contains("org.jfree")) {
            return "idle (waiting for events)";
        }
        String where = state == Thread.State.RUNNABLE ? "" : " [" + state + "]";
        if (all.contains("org.jfree")) {
            return "JFreeChart" + where;
        }
        if (all.contains("processCSS") || all.contains("doCSSPass") || all.contains("CssStyleHelper")) {
            return "CSS" + where;
        }
        if (all.contains("doLayoutPass") || all.contains("Parent.layout")) {
            return "layout" + where;
        }
        if (all.contains("org.blocktune")) {
            return "BlockTune code" + where;
        }
        if (all.contains("synchronizeSceneNodes") || all.contains("syncPeer") || all.contains("updatePG")) {
            return "scene graph sync" + where;
        }
        if (all.contains("PaintCollector") || all.contains("prism")) {
            return "painting" + where;
        }
        return "other JavaFX" + where + ": " + (stack.length > 0 ? stack[0].getClassName() + "." + stack[0].getMethodName() : "?");
    }

    /** The innermost frame of our code or JFreeChart, else the innermost frame. */
    private static String frame(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.blocktune") || e.getClassName().startsWith("org.jfree")) {
                return simple(e);
            }
        }
        return stack.length > 0 ? simple(stack[0]) : "?";
    }

    /** The outermost frame of our main code (the entry from JavaFX into BlockTune), else "JavaFX". */
    private static String entry(StackTraceElement[] stack) {
        for (int i = stack.length - 1; i >= 0; i--) {
            String c = stack[i].getClassName();
            if (c.startsWith("org.blocktune") && !c.contains("Test") && !c.contains("FxThread")
                    && !c.contains("FxStallProbe")) {
                return simple(stack[i]);
            }
        }
        return "JavaFX/JFreeChart only";
    }

    private static String simple(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, g.getCollectionTime());
        }
        return t;
    }
}
