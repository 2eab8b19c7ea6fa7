package org.blocktune.app.teach;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.blocktune.core.lesson.Check;
import org.blocktune.core.lesson.Lesson;
import org.blocktune.core.lesson.LessonState;
import org.blocktune.core.lesson.LessonStep;

/**
 * The lesson under the workbench (docked above the status bar, so it covers none of the controls a step
 * asks for and takes none of the width the steps need at 1024 px): the lesson's title, "Step n of N", the step's title and text, each check with a tick that turns
 * on while it holds, and Back, Next, Restart and Close. Next is enabled once every check of the step
 * holds; it does not move on by itself, so the learner (or the teacher in front of a class) reads the
 * tick and the "why" before going on. After the last step, Next reads "Finish" and shows the end.
 */
final class LessonPanel {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private final HBox root = new HBox(14);
    private final Label title = new Label();
    private final Label number = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label stepTitle = new Label();
    private final VBox text = new VBox();
    private final VBox checks = new VBox(4);
    private final Label verdict = new Label();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Button restart = new Button("Restart lesson");
    private final Button close = new Button("Close");
    private final Supplier<LessonState> state;
    private Lesson lesson;
    private int index;
    private boolean finished;

    /**
     * @param state     the workbench's state now
     * @param onRestart starts the lesson afresh (opens its example again); false when the user cancelled
     * @param onClose   takes the panel away
     */
    LessonPanel(Supplier<LessonState> state, BooleanSupplier onRestart, Runnable onClose) {
        this.state = state;
        root.setId("lessonPanel");
        root.getStyleClass().add("lesson-panel");
        root.setPadding(new Insets(6, 10, 6, 10));
        root.setPrefHeight(108);
        root.setMinHeight(96);
        root.setMaxHeight(200);
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        title.setMaxWidth(Double.MAX_VALUE);
        close.setId("lessonClose");
        close.setOnAction(e -> onClose.run());
        number.setId("lessonStepNumber");
        number.getStyleClass().add("lesson-number");
        progress.setId("lessonProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        stepTitle.setId("lessonStepTitle");
        stepTitle.getStyleClass().add("lesson-step-title");
        stepTitle.setWrapText(true);
        stepTitle.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("lessonText");
        checks.setId("lessonChecks");
        verdict.setId("lessonVerdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        verdict.getStyleClass().add("lesson-verdict");
        back.setId("lessonBack");
        back.setOnAction(e -> back());
        next.setId("lessonNext");
        next.setOnAction(e -> next());
        restart.setId("lessonRestart");
        restart.setOnAction(e -> {
            if (onRestart.getAsBoolean()) {
                index = 0;
                finished = false;
                render();
            }
        });
        for (Button b : new Button[] {back, next, restart, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMnemonicParsing(false);
        }
        // where: the lesson, the step, and the moves (left)
        HBox moves = new HBox(6, back, next, restart, close);
        moves.setAlignment(Pos.CENTER_LEFT);
        HBox where = new HBox(8, number, progress);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progress, Priority.ALWAYS);
        VBox left = new VBox(5, title, where, moves);
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.setMaxWidth(Region.USE_PREF_SIZE);
        title.setPrefWidth(300);
        // what to do and why (middle, scrolls when long)
        ScrollPane scroll = new ScrollPane(new VBox(3, stepTitle, text));
        scroll.setId("lessonScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        scroll.setMinWidth(220);
        scroll.setMaxWidth(780); // lines a reader can follow on a wide window
        // what is done (right)
        VBox done = new VBox(6, checks, verdict);
        ScrollPane doneScroll = new ScrollPane(done);
        doneScroll.setFitToWidth(true);
        doneScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        doneScroll.getStyleClass().add("lesson-scroll");
        doneScroll.setPrefWidth(270);
        doneScroll.setMinWidth(200);
        root.getChildren().addAll(left, scroll, doneScroll);
    }

    Node node() {
        return root;
    }

    /** Shows a lesson from its first step. */
    void show(Lesson l) {
        lesson = l;
        index = 0;
        finished = false;
        title.setText(l.title());
        title.setTooltip(new javafx.scene.control.Tooltip(l.title()));
        render();
    }

    /** The lesson on show, or null. */
    Lesson lesson() {
        return lesson;
    }

    /** The step on show, from 0 (the number of steps once the lesson is finished). */
    int index() {
        return finished ? lesson.steps().size() : index;
    }

    /** Re-reads the workbench's state and updates the ticks and Next. */
    void refresh() {
        if (lesson == null || finished || root.getScene() == null) {
            return; // nothing on show (a closed panel is refreshed when it is shown again)
        }
        LessonState s = state.get();
        LessonStep step = lesson.steps().get(index);
        boolean all = true;
        for (int i = 0; i < step.checks().size(); i++) {
            boolean ok = step.checks().get(i).passes(s);
            all &= ok;
            Node row = checks.getChildren().get(i);
            row.pseudoClassStateChanged(DONE, ok);
            Label tick = (Label) ((HBox) row).getChildren().get(0);
            tick.setText(ok ? "✔" : "○");
            tick.setAccessibleText(ok ? "done" : "not done yet");
        }
        next.setDisable(!all);
        next.pseudoClassStateChanged(DONE, all);
        if (all) {
            next.getStyleClass().add("lesson-next-ready");
        } else {
            next.getStyleClass().remove("lesson-next-ready");
        }
        verdict.pseudoClassStateChanged(DONE, all);
        verdict.setText(step.checks().isEmpty() ? "Read this, then press Next."
                : all ? "Done. Press " + next.getText() + " to go on."
                : "Not done yet: the ticks turn on as you do each part.");
    }

    private void next() {
        if (index < lesson.steps().size() - 1) {
            index++;
        } else {
            finished = true;
        }
        render();
    }

    private void back() {
        if (finished) {
            finished = false;
        } else if (index > 0) {
            index--;
        }
        render();
    }

    private void render() {
        int n = lesson.steps().size();
        checks.getChildren().clear();
        text.getChildren().clear();
        back.setDisable(!finished && index == 0);
        if (finished) {
            number.setText("Finished: " + n + " of " + n + " steps");
            progress.setProgress(1);
            stepTitle.setText("Well done");
            text.getChildren().add(LessonText.render("You finished the lesson **" + lesson.title() + "**. "
                    + "Restart lesson goes through it again from a fresh start; Close puts the lesson away."));
            verdict.setText("");
            next.setText("Next");
            next.setDisable(true);
            return;
        }
        LessonStep step = lesson.steps().get(index);
        number.setText("Step " + (index + 1) + " of " + n);
        progress.setProgress(index / (double) n);
        stepTitle.setText(step.title());
        if (index == 0 && !lesson.intro().isEmpty()) {
            Node intro = LessonText.render(lesson.intro());
            intro.getStyleClass().add("lesson-intro");
            text.getChildren().add(intro);
        }
        text.getChildren().add(LessonText.render(step.text()));
        for (Check c : step.checks()) {
            Label tick = new Label("○");
            tick.getStyleClass().add("lesson-tick");
            tick.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(c.text());
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            what.getStyleClass().add("lesson-check-text");
            HBox row = new HBox(6, tick, what);
            row.getStyleClass().add("lesson-check");
            row.setId("lessonCheck-" + checks.getChildren().size());
            checks.getChildren().add(row);
        }
        next.setText(index == n - 1 ? "Finish" : "Next");
        refresh();
    }
}
