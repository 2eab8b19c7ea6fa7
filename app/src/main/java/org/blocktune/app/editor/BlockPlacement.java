package org.blocktune.app.editor;

import java.util.List;
import java.util.Optional;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.editor.model.Position;
import org.blocktune.app.editor.model.SpecEdits;
import org.blocktune.core.block.Block;
import org.blocktune.core.spec.Node;

/**
 * Where a block added from the keyboard (Enter in the palette) goes: right after the selected block. In a
 * sequential stack it is inserted after the selected block (before the output block when the output is
 * selected, before it too when nothing is selected). In a functional graph it is placed below the selected
 * block (moved right until it overlaps no other block) and the selected block's output is wired into its
 * first input port, as a second undoable step. The new block is selected, so pressing Enter again chains
 * the next block after it.
 */
public final class BlockPlacement {
    /** Vertical gap between a block and one added below it in a graph. */
    static final double GAP = 60;

    private BlockPlacement() {
    }

    /** Adds {@code block} after the selected block; returns the new block's name. */
    public static String addAfterSelection(EditorDocument doc, Block block) {
        List<String> names = doc.spec().nodes().stream().map(Node::name).toList();
        Optional<String> after = names.stream().filter(doc.selection()::contains).reduce((a, b) -> b);
        if (!doc.functional()) {
            int index = -1;
            if (after.isPresent()) {
                int at = names.indexOf(after.get());
                boolean output = doc.spec().node(after.get()).map(n -> n.block().isOutput()).orElse(false);
                index = output ? at : at + 1;
            }
            return doc.addBlock(block, null, index >= names.size() ? -1 : index);
        }
        if (after.isEmpty()) {
            return doc.addBlock(block, null, -1);
        }
        String source = after.get();
        Position below = below(doc, source);
        String name = doc.addBlock(block, below, -1);
        List<String> ports = doc.spec().node(name).map(SpecEdits::ports).orElse(List.of());
        boolean sourceHasOutput = doc.spec().node(source).map(n -> !n.block().isOutput()).orElse(false);
        if (!ports.isEmpty() && sourceHasOutput) {
            doc.connect(source, name, ports.get(0));
            doc.select(List.of(name), false);
        }
        return name;
    }

    /** A free spot below {@code block}: straight below it, else further right. */
    private static Position below(EditorDocument doc, String block) {
        Position p = doc.state().layout().getOrDefault(block, new Position(40, 40));
        double x = p.x();
        double y = p.y() + EditorDocument.BLOCK_H + GAP;
        while (overlaps(doc, x, y)) {
            x += EditorDocument.BLOCK_W + 30;
        }
        return new Position(x, y);
    }

    private static boolean overlaps(EditorDocument doc, double x, double y) {
        return doc.state().layout().values().stream().anyMatch(q -> Math.abs(q.x() - x) < EditorDocument.BLOCK_W
                && Math.abs(q.y() - y) < EditorDocument.BLOCK_H);
    }
}
