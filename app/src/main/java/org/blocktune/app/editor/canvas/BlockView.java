package org.blocktune.app.editor.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.editor.model.NodeFeedback;
import org.blocktune.core.block.InputArity;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Problem;

/** One block on the canvas: name, type and repeat count, output shape and parameters, and its ports. */
final class BlockView extends Group {
    static final double W = EditorDocument.BLOCK_W;
    static final double H = EditorDocument.BLOCK_H;

    final String name;
    final Node node;
    final List<String> ports;
    final boolean showPorts;
    private final VBox body;
    private final Label title;
    private final Label infoLabel;
    private final Label type;
    private List<String> shownTuned = List.of();
    private final Tooltip tip = new Tooltip();
    final Map<String, Circle> inPorts = new LinkedHashMap<>();
    final Circle outPort;
    final Label num;
    private NodeFeedback shownFeedback;
    private Object shownNum;

    BlockView(Node node, List<String> ports, Object numValue, NodeFeedback fb, boolean showPorts) {
        this.name = node.name();
        this.node = node;
        this.ports = List.copyOf(ports);
        this.showPorts = showPorts;
        setId("block-" + name);
        body = new VBox(1);
        body.getStyleClass().add("block");
        if (node.block().arity() == InputArity.NONE) {
            body.getStyleClass().add("input-block");
        }
        if (node.block().isOutput()) {
            body.getStyleClass().add("output-block");
        }
        body.setPrefSize(W, H);
        body.setMinSize(W, H);
        body.setMaxSize(W, H);
        title = new Label();
        title.getStyleClass().add("block-title");
        type = new Label(node.block().name());
        type.getStyleClass().add("block-type");
        type.setId("type-" + name);
        infoLabel = new Label();
        infoLabel.getStyleClass().add("block-info");
        infoLabel.setId("info-" + name);
        body.getChildren().addAll(title, type, infoLabel);
        Tooltip.install(body, tip);
        num = new Label();
        num.setId("num-" + name);
        num.getStyleClass().add("block-num");
        num.setAccessibleText("repeats of " + name);
        num.setLayoutX(W - 38);
        num.setLayoutY(4);
        Tooltip.install(num, new Tooltip("num_" + name + ": how many times the block repeats (click to edit)"));
        getChildren().addAll(body, num);
        update(fb, numValue);

        if (showPorts && !ports.isEmpty()) {
            double spacing = W / (ports.size() + 1);
            for (int i = 0; i < ports.size(); i++) {
                String port = ports.get(i);
                double x = spacing * (i + 1);
                Circle c = port("in-" + name + "-" + port, x, 0);
                boolean free = !node.inputs().containsKey(port);
                c.getStyleClass().add(free ? "port-free" : "port-wired");
                String shown = portLabel(port, spacing);
                Text t = new Text(shown);
                t.setId("portlabel-" + name + "-" + port);
                t.getStyleClass().add("port-label");
                t.setX(x + 7);
                t.setY(-5);
                if (!shown.equals(port)) {
                    // abbreviated: the full name (and what feeds it) on hover
                    Tooltip full = new Tooltip(port + (free ? " (free: drag a wire here)"
                            : " ← " + node.inputs().get(port)));
                    Tooltip.install(t, full);
                    Tooltip.install(c, full);
                }
                c.setAccessibleText("input port " + port + " of " + name
                        + (free ? ", free" : ", reads " + node.inputs().get(port)));
                inPorts.put(port, c);
                getChildren().addAll(c, t);
            }
        }
        if (showPorts && !node.block().isOutput()) {
            outPort = port("out-" + name, W / 2, H);
            outPort.setAccessibleText("output of " + name);
            getChildren().add(outPort);
        } else {
            outPort = null;
        }
    }

    /**
     * Shows which of the block's arguments are tuned ("dense_block · tune: units, num"), so the search
     * space can be read off the canvas.
     */
    void setTuned(List<String> arguments) {
        if (arguments.equals(shownTuned)) {
            return;
        }
        shownTuned = List.copyOf(arguments);
        type.setText(arguments.isEmpty() ? node.block().name()
                : node.block().name() + " · tune: " + String.join(", ", arguments));
        describe();
        if (arguments.isEmpty()) {
            type.getStyleClass().remove("block-tuned");
        } else if (!type.getStyleClass().contains("block-tuned")) {
            type.getStyleClass().add("block-tuned");
        }
    }

    /** Shows new feedback (shape, parameters, problems) and repeat count without rebuilding. */
    void update(NodeFeedback fb, Object numValue) {
        if (fb.equals(shownFeedback) && java.util.Objects.equals(numValue, shownNum)) {
            return;
        }
        shownFeedback = fb;
        shownNum = numValue;
        title.setText((fb.invalid() ? "⚠ " : "") + name);
        boolean skipped = numValue instanceof Number n && n.intValue() == 0 && !fb.invalid();
        String info = skipped ? (showPorts ? "pass-through (×0)" : "left out (×0)")
                : fb.output() == null ? "shape ?" : fb.output().keras() + String.format(" · %,d p", fb.params());
        body.setOpacity(skipped ? 0.6 : 1.0);
        infoLabel.setText(info);
        if (fb.invalid()) {
            if (!body.getStyleClass().contains("invalid")) {
                body.getStyleClass().add("invalid");
            }
        } else {
            body.getStyleClass().remove("invalid");
        }
        tip.setText(fb.problems().isEmpty() ? node.block().description() + "\n" + info.replace(" p", " parameters")
                : fb.problems().stream().map(Problem::message).collect(Collectors.joining("\n")));
        num.setText("×" + numValue);
        describe();
    }

    /**
     * The block as a screen reader reads it: name, type, output shape and parameters, repeats, tuned
     * arguments and problems (the canvas reads the selected block's text when it has the focus).
     */
    private void describe() {
        StringBuilder b = new StringBuilder(name).append(", ").append(node.block().name()).append(" block");
        if (infoLabel.getText() != null && !infoLabel.getText().isEmpty()) {
            b.append(", ").append(infoLabel.getText().replace(" p", " parameters").replace(" · ", ", "));
        }
        if (shownNum != null) {
            b.append(", repeats ").append(shownNum);
        }
        if (!shownTuned.isEmpty()) {
            b.append(", tuned: ").append(String.join(", ", shownTuned));
        }
        if (shownFeedback != null && !shownFeedback.problems().isEmpty()) {
            b.append(", problems: ").append(shownFeedback.problems().stream().map(Problem::message)
                    .collect(Collectors.joining("; ")));
        }
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleRoleDescription("block");
        setAccessibleText(b.toString());
    }

    private Circle outcomePort;
    private Text outcomeLabel;

    /**
     * Shows the outcome an output block of a functional graph predicts, as a port under the block: its
     * outcome's name, or "?" with the outcomes to choose from when the block's name matches none.
     *
     * @param bound    the outcome it predicts, or null
     * @param outcomes every outcome of the data
     */
    void showOutcome(String bound, List<String> outcomes) {
        if (outcomePort == null) {
            outcomePort = port("outcome-port-" + name, W / 2, H);
            outcomePort.getStyleClass().add("port-wired");
            outcomeLabel = new Text();
            outcomeLabel.setId("outcome-" + name);
            outcomeLabel.getStyleClass().add("port-label");
            outcomeLabel.setLayoutX(W / 2 + 9);
            outcomeLabel.setLayoutY(H + 14);
            getChildren().addAll(outcomePort, outcomeLabel);
        }
        String text = bound != null ? "→ " + bound
                : "→ ? rename to one of " + String.join(", ", outcomes);
        outcomeLabel.setText(text);
        outcomePort.getStyleClass().removeAll("port-free", "port-wired");
        outcomePort.getStyleClass().add(bound != null ? "port-wired" : "port-free");
        Tooltip.install(outcomePort, new Tooltip(bound != null ? "predicts the outcome '" + bound + "'"
                : "no outcome is called '" + name + "'; output blocks are matched to outcomes by name ("
                + String.join(", ", outcomes) + ")"));
    }

    /** The outcome text under an output block, or null when none is shown. */
    String outcomeText() {
        return outcomeLabel == null ? null : outcomeLabel.getText();
    }

    /** Approximate width of one character of a port label (10px font), for deciding when to abbreviate. */
    static final double PORT_CHAR_W = 5.6;

    /**
     * The text shown next to an input port: its name when it fits before the next port, else the
     * part after {@code input_} (merge ports are input_a, input_b, …) or the name cut short.
     */
    static String portLabel(String port, double spacing) {
        double room = spacing - 7 - 6 - 3; // label offset, next port's radius, a small gap
        int fits = (int) Math.floor(room / PORT_CHAR_W);
        if (port.length() <= fits) {
            return port;
        }
        if (port.startsWith("input_") && port.length() > "input_".length()) {
            return port.substring("input_".length()); // a, b, … 27: short, and never ambiguous
        }
        return port.substring(0, Math.max(1, fits - 1)) + "…";
    }

    private static Circle port(String id, double x, double y) {
        Circle c = new Circle(x, y, 6);
        c.setId(id);
        c.getStyleClass().add("port");
        return c;
    }

    void setSelected(boolean selected) {
        javafx.scene.Node body = getChildren().get(0);
        if (selected) {
            if (!body.getStyleClass().contains("selected")) {
                body.getStyleClass().add("selected");
            }
        } else {
            body.getStyleClass().remove("selected");
        }
    }

    /** Centre of the output end (bottom middle), in the canvas world. */
    double outX() {
        return getLayoutX() + W / 2;
    }

    double outY() {
        return getLayoutY() + H;
    }

    /** Where an input port sits, in the canvas world (top middle when the port is not drawn). */
    double inX(String port) {
        Circle c = inPorts.get(port);
        return getLayoutX() + (c == null ? W / 2 : c.getCenterX());
    }

    double inY() {
        return getLayoutY();
    }
}
