package io.provctl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.Stack;

/**
 * {@code -o text|json|html FILE}: the HTML report takes the file it writes right after the format, as
 * in {@code cost estimate -o html report.html}; text and json take nothing more.
 */
public final class CostOutput {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", parameterConsumer = FormatConsumer.class,
            description = "text (default), json (schema in docs/cost-json-schema.md), or html FILE: a report with a chart.")
    String format = "text";

    String htmlFile;

    public boolean json() {
        return format.equals("json");
    }

    public Optional<String> html() {
        return format.equals("html") ? Optional.of(htmlFile) : Optional.empty();
    }

    /** Reads the format, and for html the file name after it. */
    static final class FormatConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (args.isEmpty()) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(), "-o needs a format: text, json or html FILE");
            }
            String value = args.pop();
            CostOutput target = owner(argSpec);
            if (!value.equals("text") && !value.equals("json") && !value.equals("html")) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(),
                        "-o " + value + ": expected text, json or html FILE");
            }
            if (value.equals("html")) {
                if (args.isEmpty() || args.peek().startsWith("-")) {
                    throw new CommandLine.ParameterException(commandSpec.commandLine(),
                            "-o html needs the file to write, as in -o html report.html");
                }
                target.htmlFile = args.pop();
            }
            target.format = value;
        }

        private static CostOutput owner(ArgSpec argSpec) {
            try {
                return argSpec.scope().get();
            } catch (Exception e) {
                throw new IllegalStateException("-o is declared outside CostOutput", e);
            }
        }
    }
}
