package org.blocktune.app.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * BlockTune's version: the Maven project version written into {@code version.properties} when the
 * resources are built (so it is right from a checkout and in a jar), else the jar manifest's
 * Implementation-Version, else "(development build)".
 */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    /** The version, e.g. "0.1.0-SNAPSHOT". */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/blocktune/app/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").trim();
                if (!v.isEmpty() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "(development build)" : v;
    }
}
