package org.blocktune.app.editor.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.blocktune.app.editor.layout.LayeredLayout;
import org.blocktune.core.block.ArgCheck;
import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.ResolvedLayer;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecArguments;
import org.blocktune.core.spec.SpecResolver;

/**
 * The graph editor's one document model: the current {@link DocState}, the data shape it is
 * checked against, the selection, the undo history and the file it belongs to. Every edit is one
 * {@link Edit}; after each, the spec is re-resolved by the core and views are told. Views observe
 * the document and never each other. No JavaFX here.
 */
public final class EditorDocument {

    /** What changed. */
    public enum Change { CONTENT, SELECTION, FILE }

    /** Receives change notices. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    /** Block size used for layouts (the canvas draws blocks this size). */
    public static final double BLOCK_W = 200;
    public static final double BLOCK_H = 74;

    private final History history = new History();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedHashSet<String> selection = new LinkedHashSet<>();
    private DocState state;
    private DataShape data;
    private Resolution resolution;
    private Map<String, NodeFeedback> feedback = Map.of();
    // what the current resolution was computed from: a move changes none of these and reuses it
    private Spec resolvedSpec;
    private Map<String, Object> resolvedValues;
    private DataShape resolvedData;
    private Spec argumentsSpec;
    private Map<String, SpecArgument> arguments = Map.of();
    private Path file;
    private List<Node> clipboard = List.of();
    private Map<String, Object> clipboardValues = Map.of();
    private Map<String, Position> clipboardLayout = Map.of();

    /** An empty sequential document checked against iris-like data (4 features, 3 classes). */
    public EditorDocument() {
        this(DocState.of(SequentialSpec.named("untitled")), DataShape.classification(
                org.blocktune.core.spec.Shape.flat(4), 3));
    }

    public EditorDocument(DocState initial, DataShape data) {
        this.state = withMissingPositions(initial);
        this.data = data;
        history.clear();
        resolve();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public DocState state() {
        return state;
    }

    public Spec spec() {
        return state.spec();
    }

    public boolean functional() {
        return state.spec() instanceof FunctionalSpec;
    }

    public DataShape data() {
        return data;
    }

    public Resolution resolution() {
        return resolution;
    }

    /** The built-in blocks plus this project's composites. */
    public BlockCatalogue catalogue() {
        BlockCatalogue c = BlockCatalogue.builtins();
        for (CompositeBlock b : state.composites()) {
            c = c.with(b);
        }
        return c;
    }

    /** The spec's generated arguments by name (computed once per spec, not per look-up). */
    public Map<String, SpecArgument> arguments() {
        Spec s = spec();
        if (s != argumentsSpec) {
            arguments = java.util.Collections.unmodifiableMap(SpecArguments.byName(s));
            argumentsSpec = s;
        }
        return arguments;
    }

    /** Shape, parameters and problems of one block. */
    public NodeFeedback feedback(String node) {
        return feedback.getOrDefault(node, new NodeFeedback(null, 0, List.of()));
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public boolean dirty() {
        return history.dirty();
    }

    /** Replaces the whole document (New, Open, example); clears history and selection. */
    public void reset(DocState s, DataShape d, Path f) {
        state = withMissingPositions(s);
        data = d;
        file = f;
        selection.clear();
        history.clear();
        resolve();
        fire(Change.CONTENT);
        fire(Change.FILE);
    }

    /** Sets the data shape the spec is checked against (not an undoable edit). */
    public void setData(DataShape d) {
        data = d;
        resolve();
        fire(Change.CONTENT);
    }

    /** Records that the document was saved to {@code f}. */
    public void saved(Path f) {
        file = f;
        history.markSaved();
        fire(Change.FILE);
    }

    // ---- undo / redo ----

    /** Applies an edit as one undoable step; a no-op when nothing changes. Returns true if applied. */
    public boolean apply(String name, DocState next) {
        if (next == null || next.equals(state)) {
            return false;
        }
        history.push(new Edit(name, state, next));
        setState(next);
        return true;
    }

    public Optional<String> undoName() {
        return history.nextUndo().map(Edit::name);
    }

    public Optional<String> redoName() {
        return history.nextRedo().map(Edit::name);
    }

    public void undo() {
        history.undo().ifPresent(e -> setState(e.before()));
    }

    public void redo() {
        history.redo().ifPresent(e -> setState(e.after()));
    }

    private void setState(DocState s) {
        state = s;
        selection.removeIf(n -> s.spec().node(n).isEmpty());
        resolve();
        fire(Change.CONTENT);
        fire(Change.FILE);
    }

    // ---- selection ----

    public Set<String> selection() {
        return java.util.Collections.unmodifiableSet(selection);
    }

    /** Selects exactly these blocks, or adds them when {@code add}. */
    public void select(Collection<String> names, boolean add) {
        if (!add) {
            selection.clear();
        }
        names.stream().filter(n -> spec().node(n).isPresent()).forEach(selection::add);
        fire(Change.SELECTION);
    }

    /** Adds or removes one block from the selection (shift-click). */
    public void toggle(String name) {
        if (!selection.remove(name)) {
            selection.add(name);
        }
        fire(Change.SELECTION);
    }

    public void selectAll() {
        select(spec().nodes().stream().map(Node::name).toList(), false);
    }

    /** The single selected block, if exactly one is selected. */
    public Optional<Node> selectedNode() {
        return selection.size() == 1 ? spec().node(selection.iterator().next()) : Optional.empty();
    }

    /** The block a problem is about (its node, or the node of its argument), if any. */
    public Optional<String> blockOf(Problem p) {
        if (p.node() != null && spec().node(p.node()).isPresent()) {
            return Optional.of(p.node());
        }
        if (p.argument() != null) {
            SpecArgument a = arguments().get(p.argument());
            if (a != null && a.node() != null) {
                return Optional.of(a.node());
            }
        }
        return Optional.empty();
    }

    // ---- edits ----

    /** Adds a block (see {@link SpecEdits#add}); returns the new block's name. */
    public String addBlock(Block block, Position at, int index) {
        String name = block.isOutput() ? unmatchedOutcome().orElse(null) : null;
        if (name == null) {
            name = SpecEdits.uniqueName(spec(), block.name(), Set.of());
        }
        Position p = at != null ? at : functional() ? freeSpot() : null;
        apply("Add " + block.name(), SpecEdits.add(state, name, block, p, index));
        select(List.of(name), false);
        return name;
    }

    /**
     * With several outcomes in a functional graph, the first outcome no block is named after: a new output
     * block takes that name, so that it predicts that outcome (output blocks are matched to outcomes by name).
     */
    private Optional<String> unmatchedOutcome() {
        List<String> outcomes = outcomeNames.size() > 1 ? outcomeNames
                : data == null ? List.of() : List.copyOf(data.outputs().keySet());
        if (!functional() || outcomes.size() < 2) {
            return Optional.empty();
        }
        Set<String> taken = new java.util.HashSet<>();
        spec().nodes().forEach(n -> taken.add(n.name()));
        return outcomes.stream().filter(o -> !taken.contains(o)).findFirst();
    }

    private List<String> outcomeNames = List.of();

    /** The data's outcome columns (the workbench's roles), which output blocks are named after. */
    public void setOutcomeNames(List<String> names) {
        outcomeNames = names == null ? List.of() : List.copyOf(names);
    }

    /** The data's outcome columns, as last set. */
    public List<String> outcomeNames() {
        return outcomeNames;
    }

    /** Deletes the selected blocks. */
    public void deleteSelection() {
        if (!selection.isEmpty()) {
            String what = selection.size() == 1 ? "block" : selection.size() + " blocks";
            apply("Delete " + what, SpecEdits.remove(state, new LinkedHashSet<>(selection)));
        }
    }

    /** Moves blocks to new positions as one step (a finished drag). */
    public void moveBlocks(Map<String, Position> to) {
        apply(to.size() == 1 ? "Move block" : "Move blocks", SpecEdits.move(state, to));
    }

    /** Moves a block of the stack to another index. */
    public void reorder(String name, int index) {
        apply("Reorder blocks", SpecEdits.reorder(state, name, index));
    }

    /** Wires {@code source} into {@code target}'s {@code port}. */
    public void connect(String source, String target, String port) {
        if (source.equals(target) || !functional()) {
            return;
        }
        apply("Connect " + source + " → " + target + "." + port, SpecEdits.connect(state, source, target, port));
    }

    /** Removes the wire into {@code target}'s {@code port}. */
    public void disconnect(String target, String port) {
        apply("Disconnect " + target + "." + port, SpecEdits.disconnect(state, target, port));
    }

    /**
     * Renames the model (the spec's name, which names the project's default files and the exported code).
     *
     * @return empty on success, else why not
     */
    public Optional<String> renameModel(String to) {
        String name = to == null ? "" : to.strip();
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            return Optional.of("a model name must start with a letter and use only letters, digits and '_'");
        }
        if (name.equals(spec().name())) {
            return Optional.empty();
        }
        org.blocktune.core.spec.Spec s = spec();
        org.blocktune.core.spec.Spec renamed = s instanceof org.blocktune.core.spec.SequentialSpec q
                ? new org.blocktune.core.spec.SequentialSpec(name, q.nodes())
                : new org.blocktune.core.spec.FunctionalSpec(name, ((org.blocktune.core.spec.FunctionalSpec) s).nodes());
        apply("Rename model to " + name, state.withSpec(renamed));
        return Optional.empty();
    }

    /**
     * A model name made from a file name ("my flowers.blocktune.json" → "my_flowers"), or null when
     * nothing usable is left.
     */
    public static String modelNameOf(String fileName) {
        String stem = fileName.replaceFirst("(\\.blocktune)?\\.json$", "").replaceAll("[^A-Za-z0-9_]+", "_")
                .replaceAll("^[^A-Za-z]+", "").replaceAll("_+$", "");
        return stem.isEmpty() ? null : stem;
    }

    /**
     * Renames a block.
     *
     * @return empty on success, else why not
     */
    public Optional<String> rename(String from, String to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        DocState next = SpecEdits.rename(state, from, to);
        if (next == null) {
            return Optional.of(spec().node(to).isPresent() ? "a block named '" + to + "' already exists"
                    : "a block name must start with a letter and use only letters, digits and '_'");
        }
        boolean wasSelected = selection.contains(from);
        apply("Rename " + from + " to " + to, next);
        if (wasSelected) {
            select(List.of(to), false);
        }
        return Optional.empty();
    }

    /** Checks a raw value for a generated argument with the core's {@link org.blocktune.core.block.ArgSpec#check}. */
    public ArgCheck check(String argument, Object raw) {
        SpecArgument a = arguments().get(argument);
        if (a == null) {
            return new ArgCheck(null, "unknown argument '" + argument + "'");
        }
        return a.spec().check(raw);
    }

    /**
     * Sets a generated argument after checking it.
     *
     * @return empty when set, else the problem (the value is refused)
     */
    public Optional<String> setValue(String argument, Object raw) {
        ArgCheck c = check(argument, raw);
        if (!c.ok()) {
            return Optional.of(c.problem());
        }
        apply("Set " + argument, SpecEdits.setValue(state, argument, c.value()));
        return Optional.empty();
    }

    /** The value shown for an argument: the user's, else the default. */
    public Object value(String argument) {
        Object v = state.values().get(argument);
        if (v != null) {
            return v;
        }
        SpecArgument a = arguments().get(argument);
        return a == null ? null : a.spec().defaultValue();
    }

    public boolean tuned(String argument) {
        return state.tuned().contains(argument);
    }

    public void setTuned(String argument, boolean tune) {
        apply((tune ? "Tune " : "Fix ") + argument, SpecEdits.setTuned(state, argument, tune));
    }

    /** Adds (or replaces) a composite block in the project. */
    public void addComposite(CompositeBlock block) {
        List<CompositeBlock> list = new ArrayList<>(state.composites());
        list.removeIf(b -> b.name().equals(block.name()));
        list.add(block);
        apply("Create block " + block.name(), state.withComposites(list));
    }

    /** Lays the graph out in layers (one step). */
    public void autoLayout() {
        apply("Auto layout", state.withLayout(layout().apply(spec())));
    }

    /** Switches between sequential and functional form. */
    public void convert() {
        DocState next = SpecEdits.convert(state);
        next = next.withLayout(layout().apply(next.spec()));
        apply(functional() ? "Convert to sequential" : "Convert to functional", next);
    }

    /** Copies the selected blocks (with their values and positions). */
    public void copy() {
        List<Node> nodes = spec().nodes().stream().filter(n -> selection.contains(n.name())).toList();
        if (nodes.isEmpty()) {
            return;
        }
        Map<String, Object> vals = new LinkedHashMap<>();
        Map<String, Position> pos = new LinkedHashMap<>();
        for (Node n : nodes) {
            SpecEdits.argumentNames(n).forEach(a -> {
                if (state.values().containsKey(a)) {
                    vals.put(a, state.values().get(a));
                }
            });
            if (state.layout().containsKey(n.name())) {
                pos.put(n.name(), state.layout().get(n.name()));
            }
        }
        clipboard = nodes;
        clipboardValues = vals;
        clipboardLayout = pos;
    }

    public boolean canPaste() {
        return !clipboard.isEmpty();
    }

    /** Pastes the copied blocks under fresh names, offset, with wires between them kept. */
    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        Map<String, String> rename = new HashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Node n : clipboard) {
            String fresh = SpecEdits.uniqueName(spec(), n.name(), taken);
            taken.add(fresh);
            rename.put(n.name(), fresh);
        }
        DocState s = state;
        for (Node n : clipboard) {
            String name = rename.get(n.name());
            Position p = clipboardLayout.getOrDefault(n.name(), freeSpot()).plus(30, 30);
            s = SpecEdits.add(s, name, n.block(), functional() ? p : null, -1);
            Node renamed = n.withName(name);
            List<String> oldArgs = SpecEdits.argumentNames(n);
            List<String> newArgs = SpecEdits.argumentNames(renamed);
            for (int i = 0; i < oldArgs.size(); i++) {
                if (clipboardValues.containsKey(oldArgs.get(i))) {
                    s = SpecEdits.setValue(s, newArgs.get(i), clipboardValues.get(oldArgs.get(i)));
                }
            }
        }
        if (functional()) {
            for (Node n : clipboard) {
                for (Map.Entry<String, String> e : n.inputs().entrySet()) {
                    String src = rename.getOrDefault(e.getValue(), e.getValue());
                    if (s.spec().node(src).isPresent()) {
                        s = SpecEdits.connect(s, src, rename.get(n.name()), e.getKey());
                    }
                }
            }
        }
        apply(clipboard.size() == 1 ? "Paste block" : "Paste " + clipboard.size() + " blocks", s);
        // the next paste lands further along
        Map<String, Position> shifted = new LinkedHashMap<>();
        clipboardLayout.forEach((k, v) -> shifted.put(k, v.plus(30, 30)));
        clipboardLayout = shifted;
        select(rename.values(), false);
    }

    /** Copy then paste, keeping the clipboard. */
    public void duplicate() {
        List<Node> c = clipboard;
        Map<String, Object> v = clipboardValues;
        Map<String, Position> p = clipboardLayout;
        copy();
        paste();
        clipboard = c;
        clipboardValues = v;
        clipboardLayout = p;
    }

    /** The generated arguments (fixed values only) passed to the resolver. */
    public Map<String, Object> resolverValues() {
        Map<String, SpecArgument> known = arguments();
        Map<String, Object> out = new LinkedHashMap<>();
        state.values().forEach((k, v) -> {
            if (known.containsKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private void resolve() {
        Map<String, Object> values = resolverValues();
        if (resolution != null && data.equals(resolvedData) && values.equals(resolvedValues)
                && (spec() == resolvedSpec || spec().equals(resolvedSpec))) {
            return; // only positions changed (a move): same spec, values and data give the same resolution
        }
        resolvedSpec = spec();
        resolvedValues = values;
        resolvedData = data;
        resolution = SpecResolver.resolve(spec(), values, data);
        Map<String, List<Problem>> byNode = new HashMap<>();
        for (Problem p : resolution.problems()) {
            blockOf(p).ifPresent(n -> byNode.computeIfAbsent(n, k -> new ArrayList<>()).add(p));
        }
        Map<String, Long> params = new HashMap<>();
        Map<String, org.blocktune.core.spec.Shape> shapes = new HashMap<>();
        // the partial network: with errors, blocks upstream of a fault still have shapes and params
        for (ResolvedLayer l : resolution.partial().layers()) {
            params.merge(l.node(), l.params(), Long::sum);
            shapes.put(l.node(), l.output());
        }
        Map<String, NodeFeedback> fb = new HashMap<>();
        for (Node n : spec().nodes()) {
            fb.put(n.name(), new NodeFeedback(shapes.get(n.name()), params.getOrDefault(n.name(), 0L),
                    byNode.getOrDefault(n.name(), List.of())));
        }
        feedback = fb;
    }

    private static DocState withUsedComposites(DocState s) {
        List<CompositeBlock> list = new ArrayList<>(s.composites());
        for (Node n : s.spec().nodes()) {
            if (n.block() instanceof CompositeBlock c && list.stream().noneMatch(b -> b.name().equals(c.name()))) {
                list.add(c);
            }
        }
        return list.size() == s.composites().size() ? s : s.withComposites(list);
    }

    private static DocState withMissingPositions(DocState s) {
        s = withUsedComposites(s);
        if (!(s.spec() instanceof FunctionalSpec)) {
            return s;
        }
        DocState t = s;
        boolean missing = t.spec().nodes().stream().anyMatch(n -> !t.layout().containsKey(n.name()));
        return missing ? t.withLayout(layout().apply(t.spec())) : t;
    }

    private Position freeSpot() {
        double maxY = state.layout().values().stream().mapToDouble(Position::y).max().orElse(-BLOCK_H);
        return new Position(40, maxY + BLOCK_H + 50);
    }

    private static LayeredLayout layout() {
        return new LayeredLayout(BLOCK_W, BLOCK_H, 50, 60);
    }

    private void fire(Change c) {
        listeners.forEach(l -> l.changed(c));
    }
}
