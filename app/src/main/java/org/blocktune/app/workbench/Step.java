package org.blocktune.app.workbench;

/** The workbench's steps, in the order a user goes through them. */
public enum Step {
    MODEL("1 Model"),
    DATA("2 Data"),
    SPACE("3 Search space"),
    DRY_RUN("4 Dry run"),
    RUN("5 Run"),
    RESULTS("6 Results");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    /** The tab's title. */
    public String title() {
        return title;
    }
}
