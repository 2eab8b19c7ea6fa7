package org.blocktune.app.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.blocktune.app.common.Settings;

/**
 * The most recently opened or saved project files, newest first, one path a line in
 * {@code recent-files.txt} in the settings folder ({@link Settings#folder()}).
 */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Path file;

    /** The list in the settings folder. */
    public RecentFiles() {
        this(Settings.folder().resolve("recent-files.txt"));
    }

    /** The list kept in the given file. */
    public RecentFiles(Path file) {
        this.file = file;
    }

    /** Newest first; empty when nothing was kept or the list cannot be read. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(file)) {
                for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!s.isBlank()) {
                        out.add(Path.of(s.strip()));
                    }
                }
            }
        } catch (IOException | InvalidPathException e) {
            return out; // a damaged list only costs the user the menu's entries
        }
        return out;
    }

    /** Puts a file at the top. */
    public void add(Path path) {
        List<Path> l = list();
        Path abs = path.toAbsolutePath().normalize();
        l.remove(abs);
        l.add(0, abs);
        while (l.size() > MAX) {
            l.remove(l.size() - 1);
        }
        store(l);
    }

    /** Drops a file from the list. */
    public void remove(Path path) {
        List<Path> l = list();
        if (l.remove(path.toAbsolutePath().normalize())) {
            store(l);
        }
    }

    /**
     * Fills an Open Recent menu, newest first. Choosing an entry whose file is gone reports that
     * and drops the entry; otherwise {@code open} gets the file.
     */
    public void fill(Menu menu, Consumer<Path> open, Consumer<String> report) {
        menu.getItems().clear();
        for (Path p : list()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (Files.isRegularFile(p)) {
                    open.accept(p);
                } else {
                    remove(p);
                    fill(menu, open, report);
                    report.accept(p.getFileName() + " no longer exists at " + p.getParent()
                            + "; it was removed from Open Recent.");
                }
            });
            menu.getItems().add(m);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }

    private void store(List<Path> l) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, l.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the list is a convenience: a read-only settings folder must not fail a save or an open
            System.err.println("Could not keep the recent files list in " + file + ": " + e.getMessage());
        }
    }
}
