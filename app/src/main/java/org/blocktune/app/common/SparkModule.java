package org.blocktune.app.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.blocktune.core.tune.FitPlace;

/**
 * Finds the optional {@code spark} module (fits on an Apache Spark cluster) on the classpath by
 * name. The app does not depend on it, so the installers do not carry Spark; a checkout's
 * {@code bin/blocktune} puts it on the classpath when a command asks for {@code --spark}.
 */
public final class SparkModule {
    /** The module's place: {@code forMaster(String master, Map<String, String> settings)}. */
    static final String PLACE = "org.blocktune.spark.SparkFitPlace";
    /** What to say when the module is not on the classpath. */
    public static final String ABSENT = "Spark support is not part of this installation: it lives in the optional "
            + "spark module of BlockTune's source code (it brings Apache Spark, about 150 MB, which the desktop "
            + "installer leaves out). From a checkout, run: bin/blocktune tune PROJECT --spark local[*] (or --spark "
            + "spark://host:7077), which builds the module and puts it and Spark on the classpath; or submit the job "
            + "jar to a Spark installation with spark-submit (README, 'Running on a Spark cluster').";

    private SparkModule() {
    }

    /** True when the spark module is on the classpath. */
    public static boolean available() {
        try {
            Class.forName(PLACE);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The place that runs fits on Spark {@code master} with extra Spark {@code settings}.
     *
     * @throws IllegalStateException with {@link #ABSENT} when the module is not on the classpath
     * @throws IllegalArgumentException when the module refuses the master or a setting (its message says why)
     */
    public static FitPlace place(String master, Map<String, String> settings) {
        Method factory;
        try {
            factory = Class.forName(PLACE).getMethod("forMaster", String.class, Map.class);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(ABSENT, e);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the spark module on the classpath does not match this BlockTune (no "
                    + PLACE + ".forMaster); rebuild the checkout: BLOCKTUNE_REBUILD=1 bin/blocktune", e);
        }
        try {
            return (FitPlace) factory.invoke(null, master, settings);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
