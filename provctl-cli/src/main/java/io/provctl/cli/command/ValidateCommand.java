package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.Workspace;
import io.provctl.config.ConfigException;
import io.provctl.config.Configuration;
import io.provctl.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

@Command(name = "validate", description = {
        "Checks a configuration without calling any cloud.",
        "Checks syntax, attribute names and types, sizes, the instance types of each provider, references and",
        "variables. Every error names file:line:column and what was expected."})
public final class ValidateCommand extends BaseCommand {

    @Mixin
    ConfigOptions config;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.TEXT;

    public ValidateCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws ConfigException {
        try {
            Configuration c = ws.configuration(config);
            if (format == OutputFormat.JSON) {
                out().println(Json.write(Map.of("valid", true, "clusters", c.clusters().size(), "diagnostics", List.of())));
            } else {
                out().println("Success! The configuration is valid (" + c.clusters().size() + " cluster"
                        + (c.clusters().size() == 1 ? "" : "s") + ").");
            }
            return ExitCodes.OK;
        } catch (ConfigException e) {
            if (format != OutputFormat.JSON) {
                throw e;
            }
            out().println(Json.write(Map.of("valid", false, "diagnostics", e.diagnostics().stream()
                    .map(d -> Map.of("file", d.position().file(), "line", d.position().line(),
                            "column", d.position().column(), "message", d.message())).toList())));
            return ExitCodes.ERROR;
        }
    }
}
