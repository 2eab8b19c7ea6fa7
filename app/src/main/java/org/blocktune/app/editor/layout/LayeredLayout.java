package org.blocktune.app.editor.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.blocktune.app.editor.model.Position;
import org.blocktune.app.editor.model.SpecEdits;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Spec;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The editor's automatic layout. A functional graph is laid out top to bottom by Eclipse ELK's
 * layered (Sugiyama) algorithm, with every block at its drawn size and its ports where the canvas
 * draws them: the named inputs along the top edge in the block's order, the output at the bottom
 * centre. A sequential stack is one column.
 */
public final class LayeredLayout {
    /** ELK's metadata service is a lazily built singleton: one layout at a time. */
    private static final Object ELK = new Object();
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    private final double width;
    private final double height;
    private final double hgap;
    private final double vgap;

    /** A layout for blocks of the given size, with the gaps between blocks side by side and between layers. */
    public LayeredLayout(double width, double height, double hgap, double vgap) {
        this.width = width;
        this.height = height;
        this.hgap = hgap;
        this.vgap = vgap;
    }

    /** Positions (top-left corners) for every node of the spec. */
    public Map<String, Position> apply(Spec spec) {
        if (!(spec instanceof FunctionalSpec f)) {
            Map<String, Position> out = new LinkedHashMap<>();
            List<Node> nodes = spec.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                out.put(nodes.get(i).name(), new Position(hgap, vgap + i * (height + vgap)));
            }
            return out;
        }
        synchronized (ELK) {
            return layered(f);
        }
    }

    /**
     * Loads ELK's classes and option metadata on a background thread (once), so the first layout the
     * user asks for is quick (the first one takes seconds otherwise).
     */
    public static void warmUpInBackground() {
        if (WARMING.getAndSet(true)) {
            return;
        }
        Thread t = new Thread(() -> new LayeredLayout(10, 10, 10, 10).apply(FunctionalSpec.named("warm-up")
                .add("in", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("out", BlockCatalogue.builtin(LayerKind.OUTPUT), "in")),
                "elk-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private Map<String, Position> layered(FunctionalSpec spec) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, hgap);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, vgap);
        // centre a block among the blocks it feeds and reads, rather than on one straight line
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(vgap, hgap, vgap, hgap));
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, ElkPort> outputs = new LinkedHashMap<>();
        Map<String, Map<String, ElkPort>> inputs = new LinkedHashMap<>();
        for (Node n : spec.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.name());
            e.setDimensions(width, height);
            e.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            nodes.put(n.name(), e);
            List<String> ports = SpecEdits.ports(n);
            Map<String, ElkPort> in = new LinkedHashMap<>();
            for (int i = 0; i < ports.size(); i++) {
                in.put(ports.get(i), port(e, width * (i + 1) / (ports.size() + 1), 0, PortSide.NORTH));
            }
            inputs.put(n.name(), in);
            outputs.put(n.name(), port(e, width / 2, height, PortSide.SOUTH));
        }
        for (Node n : spec.nodes()) {
            n.inputs().forEach((port, source) -> {
                ElkPort from = outputs.get(source);
                ElkPort to = inputs.get(n.name()).get(port);
                if (from != null && to != null) { // a wire to a missing block or port is a problem, not a layout input
                    ElkGraphUtil.createSimpleEdge(from, to);
                }
            });
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Position> out = new LinkedHashMap<>();
        nodes.forEach((name, e) -> out.put(name, new Position(e.getX(), e.getY())));
        return out;
    }

    private static ElkPort port(ElkNode node, double x, double y, PortSide side) {
        ElkPort p = ElkGraphUtil.createPort(node);
        p.setDimensions(0, 0);
        p.setLocation(x, y);
        p.setProperty(CoreOptions.PORT_SIDE, side);
        return p;
    }
}
