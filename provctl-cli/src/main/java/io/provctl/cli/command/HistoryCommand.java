package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.Workspace;
import io.provctl.cli.render.StateRendering;
import io.provctl.text.TextTable;
import io.provctl.model.ResourceId;
import io.provctl.store.HistoryQuery;
import io.provctl.store.StateEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;

@Command(name = "history", description = {
        "Shows the audit history of the state.",
        "Every event of the append-only log, oldest first: who, when, which command, which resource, what happened."})
public final class HistoryCommand extends BaseCommand {

    @Option(names = "--resource", paramLabel = "ID", description = "Only events about this resource.")
    String resource;

    @Option(names = "--limit", paramLabel = "N", description = "Only the newest N events.")
    Integer limit;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    public HistoryCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) {
        HistoryQuery query = new HistoryQuery(Optional.ofNullable(resource).map(ResourceId::parse),
                Optional.ofNullable(limit));
        List<StateEvent> events = ws.state().history(query);
        if (format == OutputFormat.JSON) {
            out().println(StateRendering.json(events));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("SEQ", "TIME", "ACTOR", "COMMAND", "EVENT", "RESOURCE", "SERIAL");
        for (StateEvent e : events) {
            table.row(e.sequence(), e.at(), e.actor(), e.command(), e.type().name().toLowerCase(),
                    e.resource().map(ResourceId::address).orElse("-"), e.serial());
        }
        out().print(table.render());
        return ExitCodes.OK;
    }
}
