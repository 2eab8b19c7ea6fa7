package org.blocktune.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --output} options shared by commands that print a table. */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "table, csv or json (default: from the --output file's extension, else table)")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the table to FILE instead of the terminal")
    Path output;

    /** Checks, before any long work, that the {@code --output} file can be written (exit code 3 if not). */
    void check() {
        if (output != null) FileChecks.writableFile(output, "output file", "choose another file with -o FILE");
    }

    /** Writes {@code rows} where the options say; a file gets the format's text, the terminal too. */
    void write(Rows rows, PrintWriter out) {
        String text = format().render(rows);
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("could not write " + output + ": " + e.getMessage(), e);
        }
        out.println("wrote " + rows.rows().size() + " rows to " + output);
        out.flush();
    }

    /** The chosen format, else the one the output file's extension names, else a text table. */
    OutputFormat format() {
        if (format != null) return format;
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) return OutputFormat.CSV;
        if (name.endsWith(".json")) return OutputFormat.JSON;
        return OutputFormat.TABLE;
    }

    /** Parses a format name case-insensitively. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format; use table, csv or json");
            }
        }
    }
}
