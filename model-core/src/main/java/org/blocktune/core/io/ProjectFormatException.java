package org.blocktune.core.io;

/** A project or block-library file is broken; says where ({@link #path()}) and what is wrong. */
public final class ProjectFormatException extends Exception {
    private final String path;

    /**
     * @param path    where in the file, e.g. {@code blocks[1].layers[0].type}
     * @param problem what is wrong
     */
    public ProjectFormatException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    /** Where in the file the problem is. */
    public String path() {
        return path;
    }
}
