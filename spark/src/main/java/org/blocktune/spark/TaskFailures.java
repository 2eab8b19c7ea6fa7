package org.blocktune.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the task attempts Spark ran again (a lost executor, a killed task) and the executors it
 * lost, so a run can say so: the fits themselves are still recorded once each.
 */
final class TaskFailures extends SparkListener {
    private final Map<String, Integer> reasons = new TreeMap<>();
    private int lostExecutors;

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (!end.taskInfo().successful()) {
            String reason = String.valueOf(end.reason());
            int cut = reason.indexOf('(');
            reasons.merge(cut > 0 ? reason.substring(0, cut) : reason, 1, Integer::sum);
        }
    }

    @Override
    public synchronized void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        lostExecutors++;
    }

    /** A sentence about failed attempts, or null when every attempt succeeded. */
    synchronized String summary() {
        int attempts = reasons.values().stream().mapToInt(Integer::intValue).sum();
        if (attempts == 0) {
            return null;
        }
        return attempts + " Spark task attempt(s) failed " + reasons + " and " + lostExecutors
                + " executor(s) were lost; Spark ran those fits again and each fit is recorded once";
    }
}
