package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.UserError;
import io.provctl.cli.Workspace;
import io.provctl.cli.render.StateRendering;
import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "state", description = "Reads the recorded state.",
        subcommands = {StateCommand.ListCommand.class, StateCommand.ShowCommand.class})
public final class StateCommand extends CommandGroup {

    public StateCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "list", description = "Lists the address of every resource in the state, one per line.")
    public static final class ListCommand extends BaseCommand {

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "text (default) or json.")
        OutputFormat format = OutputFormat.TEXT;

        public ListCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            var state = ws.state().current();
            if (format == OutputFormat.JSON) {
                out().println(io.provctl.json.Json.write(state.resources().keySet().stream().map(ResourceId::address).toList()));
            } else {
                state.resources().keySet().forEach(id -> out().println(id));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Shows one resource of the state with all its attributes.")
    public static final class ShowCommand extends BaseCommand {

        @Parameters(paramLabel = "ID", description = "The resource address, such as cluster.prod.pool.system.")
        String id;

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "text (default) or json.")
        OutputFormat format = OutputFormat.TEXT;

        public ShowCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            ResourceId address = ResourceId.parse(id);
            RecordedResource r = ws.state().current().get(address)
                    .orElseThrow(() -> new UserError("no resource " + address + " in the state; `provctl state list` shows them"));
            out().print(format == OutputFormat.JSON ? StateRendering.json(r) + "\n" : StateRendering.text(r));
            return ExitCodes.OK;
        }
    }
}
