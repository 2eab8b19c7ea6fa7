package org.blocktune.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.ArgumentOverrides;
import org.blocktune.core.project.SearchSpaces;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.spec.SpecArguments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code blocktune args}: every generated argument of the project's spec with its fixed value or domain. */
@Command(name = "args", mixinStandardHelpOptions = true,
        description = {"List every generated argument of the project's spec in kerasnip order (num_<block>, "
                + "<block>_<arg>, learn_rate, fit_*, compile_*) with its value: 'fixed' (set in the project), 'default' "
                + "(the block's or BlockTune's default) or 'tune' with its domain (as --set writes it).",
                "Exit code 0; 3 when the project cannot be read."})
final class ArgsCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Mixin
    SetOption set;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        Project p = ProjectInput.read(project, set, err());
        ParameterSet space;
        try {
            space = SearchSpaces.of(p.spec(), p.tuned(), p.space());
        } catch (IllegalArgumentException e) {
            throw new UserError(project + ": " + e.getMessage(), e);
        }
        output.write(rows(p, space), out());
        return ExitCodes.OK;
    }

    static Rows rows(Project p, ParameterSet space) {
        List<List<Object>> rows = new ArrayList<>();
        for (SpecArgument a : SpecArguments.of(p.spec())) {
            String name = a.name();
            String status;
            Object value;
            if (space.contains(name)) {
                status = "tune";
                value = ArgumentOverrides.describe(space.domain(name));
            } else if (p.values().containsKey(name)) {
                status = "fixed";
                value = p.values().get(name);
            } else {
                status = "default";
                value = a.spec().defaultValue();
            }
            rows.add(List.of(name, a.group().name().toLowerCase(Locale.ROOT), a.spec().type().name().toLowerCase(Locale.ROOT),
                    status, String.valueOf(value), a.spec().description()));
        }
        return new Rows(List.of("argument", "group", "type", "status", "value", "description"), rows);
    }
}
