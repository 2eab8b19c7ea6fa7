package org.blocktune.core.block;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blocks available to a project: every built-in layer plus the project's composite blocks.
 * Immutable; {@link #with(CompositeBlock)} returns a new catalogue.
 */
public final class BlockCatalogue {
    private final Map<String, Block> blocks;

    private BlockCatalogue(Map<String, Block> blocks) {
        this.blocks = Collections.unmodifiableMap(blocks);
    }

    /** The built-in blocks only. */
    public static BlockCatalogue builtins() {
        Map<String, Block> m = new LinkedHashMap<>();
        for (LayerKind k : LayerKind.values()) {
            m.put(k.keyword(), new BuiltinBlock(k));
        }
        return new BlockCatalogue(m);
    }

    /** The built-in block for a layer kind. */
    public static BuiltinBlock builtin(LayerKind kind) {
        return new BuiltinBlock(kind);
    }

    /**
     * This catalogue plus a composite block.
     *
     * @throws IllegalArgumentException if the name is taken by a built-in block
     */
    public BlockCatalogue with(CompositeBlock block) {
        Block existing = blocks.get(block.name());
        if (existing instanceof BuiltinBlock) {
            throw new IllegalArgumentException("'" + block.name() + "' is a built-in block; choose another name");
        }
        Map<String, Block> m = new LinkedHashMap<>(blocks);
        m.put(block.name(), block);
        return new BlockCatalogue(m);
    }

    /** Looks a block up by name. */
    public Optional<Block> find(String name) {
        return Optional.ofNullable(blocks.get(name));
    }

    /** All blocks, built-ins first. */
    public List<Block> all() {
        return List.copyOf(blocks.values());
    }

    /** The composite blocks only, in the order added. */
    public List<CompositeBlock> composites() {
        List<CompositeBlock> out = new ArrayList<>();
        for (Block b : blocks.values()) {
            if (b instanceof CompositeBlock c) {
                out.add(c);
            }
        }
        return out;
    }
}
