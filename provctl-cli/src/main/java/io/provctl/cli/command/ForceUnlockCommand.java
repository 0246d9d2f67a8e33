package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "force-unlock", description = {
        "Removes a state lock left by a process that died.",
        "Only for locks whose holder is gone: the command that found the state locked prints the lock ID."})
public final class ForceUnlockCommand extends BaseCommand {

    @Parameters(paramLabel = "LOCK_ID", description = "The ID of the lock to remove.")
    String lockId;

    public ForceUnlockCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) {
        ws.state().forceUnlock(lockId, ws.actor(commandName()));
        out().println("The state has been unlocked (lock " + lockId + " removed).");
        return ExitCodes.OK;
    }
}
