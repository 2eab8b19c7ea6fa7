package org.blocktune.app.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File and folder dialogs that start in the folder the user last opened from or saved to (remembered
 * between starts in the settings file), else in the home folder, never in the program's working folder.
 */
public final class Choosers {
    private static final String KEY = "folder.last";

    private Choosers() {
    }

    /** A file dialog with this title, starting in {@link #lastFolder()}. */
    public static FileChooser file(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialDirectory(lastFolder().toFile());
        return fc;
    }

    /** A folder dialog with this title, starting in {@link #lastFolder()}. */
    public static DirectoryChooser folder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        dc.setInitialDirectory(lastFolder().toFile());
        return dc;
    }

    /** Shows an open dialog; the chosen file's folder becomes the last folder. */
    public static Optional<Path> open(FileChooser fc, Window owner) {
        return chosen(fc.showOpenDialog(owner));
    }

    /** Shows a save dialog; the chosen file's folder becomes the last folder. */
    public static Optional<Path> save(FileChooser fc, Window owner) {
        return chosen(fc.showSaveDialog(owner));
    }

    private static Optional<Path> chosen(File f) {
        if (f == null) {
            return Optional.empty();
        }
        remember(f.toPath());
        return Optional.of(f.toPath());
    }

    /** Remembers the folder of a file the user opened or saved (or the folder itself). */
    public static void remember(Path fileOrFolder) {
        Path p = fileOrFolder.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(p) ? p : p.getParent();
        if (folder != null && !folder.toString().equals(Settings.get(KEY, ""))) {
            Settings.put(KEY, folder.toString());
        }
    }

    /** The last folder used that still exists, else the user's home folder. */
    public static Path lastFolder() {
        String s = Settings.get(KEY, "");
        try {
            if (!s.isBlank() && Files.isDirectory(Path.of(s))) {
                return Path.of(s);
            }
        } catch (InvalidPathException e) {
            // a damaged setting: fall back to the home folder
        }
        return Path.of(System.getProperty("user.home"));
    }
}
