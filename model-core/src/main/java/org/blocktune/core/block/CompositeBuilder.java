package org.blocktune.core.block;

import java.util.ArrayList;
import java.util.List;

/** Fluent builder for {@link CompositeBlock}. */
public final class CompositeBuilder {
    private final String name;
    private String description = "";
    private final List<CompositeArg> args = new ArrayList<>();
    private final List<LayerTemplate> layers = new ArrayList<>();

    CompositeBuilder(String name) {
        this.name = name;
    }

    /** Sets the description. */
    public CompositeBuilder description(String text) {
        this.description = text;
        return this;
    }

    /** Declares an argument with a default; its type comes from the field it is bound to. */
    public CompositeBuilder arg(String argName, Object defaultValue) {
        args.add(new CompositeArg(argName, defaultValue));
        return this;
    }

    /** Declares an argument with a default and a description. */
    public CompositeBuilder arg(String argName, Object defaultValue, String argDescription) {
        args.add(new CompositeArg(argName, defaultValue, argDescription));
        return this;
    }

    /** Appends a layer. */
    public CompositeBuilder layer(LayerTemplate layer) {
        layers.add(layer);
        return this;
    }

    /** Appends a layer with all defaults. */
    public CompositeBuilder layer(LayerKind kind) {
        return layer(LayerTemplate.of(kind));
    }

    /** Builds and checks the block. */
    public CompositeBlock build() {
        return new CompositeBlock(name, description, args, layers);
    }
}
