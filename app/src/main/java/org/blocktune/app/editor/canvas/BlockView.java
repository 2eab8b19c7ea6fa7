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
        Label type = new Label(node.block().name());
        type.getStyleClass().add("block-type");
        infoLabel = new Label();
        infoLabel.getStyleClass().add("block-info");
        infoLabel.setId("info-" + name);
        body.getChildren().addAll(title, type, infoLabel);
        Tooltip.install(body, tip);
        num = new Label();
        num.setId("num-" + name);
        num.getStyleClass().add("block-num");
        num.setLayoutX(W - 38);
        num.setLayoutY(4);
        Tooltip.install(num, new Tooltip("num_" + name + ": how many times the block repeats (click to edit)"));
        getChildren().addAll(body, num);
        update(fb, numValue);

        if (showPorts && !ports.isEmpty()) {
            for (int i = 0; i < ports.size(); i++) {
                double x = W * (i + 1) / (ports.size() + 1);
                Circle c = port("in-" + name + "-" + ports.get(i), x, 0);
                boolean free = !node.inputs().containsKey(ports.get(i));
                c.getStyleClass().add(free ? "port-free" : "port-wired");
                Text t = new Text(ports.get(i));
                t.getStyleClass().add("port-label");
                t.setX(x + 7);
                t.setY(-5);
                inPorts.put(ports.get(i), c);
                getChildren().addAll(c, t);
            }
        }
        if (showPorts && !node.block().isOutput()) {
            outPort = port("out-" + name, W / 2, H);
            getChildren().add(outPort);
        } else {
            outPort = null;
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
        String info = fb.output() == null ? "shape ?" : fb.output().keras()
                + String.format(" · %,d p", fb.params());
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
