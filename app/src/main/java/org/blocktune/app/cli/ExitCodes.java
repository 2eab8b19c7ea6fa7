package org.blocktune.app.cli;

/** Exit codes of the command line, documented in the README. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The work ran but produced nothing usable (e.g. every candidate failed). */
    public static final int FAILED = 1;
    /** The command line itself is wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** An input could not be used: a missing or broken project, data or model file. */
    public static final int BAD_INPUT = 3;
    /** The user interrupted the work (Ctrl-C); what finished is kept. */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
