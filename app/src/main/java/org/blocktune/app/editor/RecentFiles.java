package org.blocktune.app.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened or saved project files, kept in the user's preferences. */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Preferences prefs;

    public RecentFiles() {
        this(Preferences.userRoot().node("org/blocktune/app/editor"));
    }

    RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Newest first. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String s : prefs.get("recent", "").split("\n")) {
            if (!s.isBlank()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts a file at the top. */
    public void add(Path file) {
        List<Path> l = list();
        Path abs = file.toAbsolutePath();
        l.remove(abs);
        l.add(0, abs);
        while (l.size() > MAX) {
            l.remove(l.size() - 1);
        }
        prefs.put("recent", String.join("\n", l.stream().map(Path::toString).toList()));
    }
}
