package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.exchange.KerasImport;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.space.ParameterSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune import-keras}: a Keras model's architecture as a BlockTune project. */
@Command(name = "import-keras", mixinStandardHelpOptions = true,
        description = {"Import a Keras model's architecture (the JSON of model.to_json(), or a Keras 3 .keras file) as a "
                + "project whose spec has one built-in block per Keras layer, with the layers' settings as fixed values. "
                + "With --into, the model replaces the spec of an existing project (e.g. one made by 'blocktune init'), "
                + "keeping its data, recipe and resampling; nothing is tuned until you mark arguments (--set NAME=tune).",
                "Exit code 0 when written, 3 when the file cannot be used (the message names any layer without a block)."})
final class ImportKerasCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "model.json (from model.to_json()) or model.keras")
    Path model;

    @Option(names = "--into", paramLabel = "PROJECT", description = "a project whose data, recipe and resampling to keep")
    Path into;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "the project file to write (default: the --into project, else <model name>.blocktune.json beside the model)")
    Path output;

    @Option(names = "--force", description = "overwrite an existing project file (other than --into)")
    boolean force;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(model)) {
            throw new UserError("there is no file " + model.toAbsolutePath() + "; give the JSON written by Keras' model.to_json()");
        }
        Path file = output != null ? output : into != null ? into
                : model.resolveSibling(model.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".blocktune.json");
        if (Files.exists(file) && !force && !file.equals(into)) {
            throw new UserError("the project file " + file + " already exists; choose another with -o FILE, or add --force");
        }
        FileChecks.writableFile(file, "project file", "choose another place with -o FILE");
        KerasImport.Imported imported;
        try {
            imported = KerasImport.readFile(model);
        } catch (IllegalArgumentException e) {
            throw new UserError(model + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserError("could not read " + model + ": " + e.getMessage(), e);
        }
        Project base = into != null ? ProjectInput.read(into) : Project.of(imported.spec());
        Project p = base.withSpec(imported.spec(), List.<CompositeBlock>of())
                .withArguments(keepTraining(base), List.of()).withSpace(ParameterSet.of()).withKeptCandidates(List.of());
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(p.values());
        values.putAll(imported.values());
        p = p.withArguments(values, List.of());
        try {
            ProjectFile.write(p, file);
        } catch (IOException e) {
            throw new UserError("could not write " + file + ": " + FileChecks.reason(e), e);
        }
        imported.notes().forEach(n -> err().println("note: " + n));
        out().println("wrote " + file + ": spec '" + imported.spec().name() + "' with " + imported.spec().nodes().size()
                + " blocks (" + String.join(", ", imported.spec().nodes().stream().map(n -> n.name()).toList()) + ")"
                + (into == null ? "; add data in the workbench, or import into a project made by 'blocktune init' with --into" : ""));
        out().flush();
        return ExitCodes.OK;
    }

    /** The fit_* and compile_* values of the project the model goes into (its block values belong to the old spec). */
    private static java.util.Map<String, Object> keepTraining(Project p) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        p.values().forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if (key.startsWith("fit_") || key.startsWith("compile_") || key.equals("learn_rate")) out.put(k, v);
        });
        return out;
    }
}
