package org.blocktune.app.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The user's settings folder ({@code ~/.blocktune}, or the folder named by the system property
 * {@value #FOLDER_PROPERTY}; tests point it at a temporary folder) and the small preferences kept in
 * its {@code settings.properties}. Settings are a convenience: a missing, damaged or read-only file
 * costs the user the remembered value, never an error.
 */
public final class Settings {
    /** The system property naming the settings folder. */
    public static final String FOLDER_PROPERTY = "blocktune.settings";
    private static final String FILE = "settings.properties";

    private Settings() {
    }

    /** The settings folder: the {@value #FOLDER_PROPERTY} property, else {@code ~/.blocktune}. */
    public static Path folder() {
        String s = System.getProperty(FOLDER_PROPERTY);
        return s != null && !s.isBlank() ? Path.of(s) : Path.of(System.getProperty("user.home"), ".blocktune");
    }

    /** The stored value of {@code key}, or {@code fallback} when there is none. */
    public static String get(String key, String fallback) {
        return read().getProperty(key, fallback);
    }

    /** Stores {@code key = value}, keeping the other settings. */
    public static void put(String key, String value) {
        putAll(java.util.Map.of(key, value));
    }

    /** Stores several values at once (one write), keeping the other settings. */
    public static void putAll(java.util.Map<String, String> values) {
        Properties p = read();
        values.forEach(p::setProperty);
        String key = String.join(", ", values.keySet());
        Path file = folder().resolve(FILE);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "BlockTune settings");
            }
        } catch (IOException e) {
            System.err.println("Could not keep the setting " + key + " in " + file + ": " + e.getMessage());
        }
    }

    private static Properties read() {
        Properties p = new Properties();
        Path file = folder().resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties(); // a damaged file only costs the remembered values
            }
        }
        return p;
    }
}
