package io.provctl.cli;

import io.provctl.cli.render.ApplyProgress;
import io.provctl.cost.analyze.CostSnapshot;
import io.provctl.cost.diff.RecordedClusters;
import io.provctl.model.ClusterSpec;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.plan.Applier;
import io.provctl.plan.ApplyResult;
import io.provctl.plan.ApplyStep;
import io.provctl.plan.Plan;
import io.provctl.plan.RetryPolicy;

import java.util.List;
import java.util.Map;

/**
 * Runs an approved plan and reports it. Ctrl-C (and SIGTERM) stop new steps, let running ones finish
 * and be recorded, then the process exits: the next apply continues from what exists (see {@link Cli}).
 */
public final class ApplyRunner {

    /** The verb of an apply; it takes a pre_apply (or pre_upgrade) snapshot when the policy wants one. */
    public static final String APPLY = "Apply";
    /** The verb of a destroy; it takes a pre_delete snapshot when the policy wants one. */
    public static final String DESTROY = "Destroy";

    private final CliEnvironment env;
    private final Workspace ws;

    ApplyRunner(CliEnvironment env, Workspace ws) {
        this.env = env;
        this.ws = ws;
    }

    /**
     * Asks the question unless --auto-approve (only "yes" goes ahead), then runs the plan. A plan with
     * no changes runs nothing.
     */
    public int approveAndRun(Plan plan, ApplyOptions options, String command, String verb, String question)
            throws java.io.IOException, InterruptedException {
        if (!plan.hasChanges()) {
            return ExitCodes.OK;
        }
        env.out().flush();
        if (!options.autoApprove && !confirm(question)) {
            env.err().println(verb + " cancelled.");
            return ExitCodes.ERROR;
        }
        return snapshotThenRun(plan, options.parallelism, command, verb);
    }

    /** Takes the automatic snapshot that apply and destroy owe the snapshot policy, then runs the plan. */
    public int snapshotThenRun(Plan plan, int parallelism, String command, String verb) throws InterruptedException {
        new Snapshots(ws, command).beforeApply(plan, verb.equals(DESTROY), env.err());
        return run(plan, parallelism, command, verb);
    }

    /** Asks on the terminal; only "yes" means yes, as with terraform apply. */
    public boolean confirm(String question) throws java.io.IOException {
        env.err().print(question + "\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ");
        env.err().flush();
        String answer = env.in().readLine();
        env.err().println();
        return "yes".equals(answer == null ? "" : answer.trim());
    }

    public int run(Plan plan, int parallelism, String command, String verb) throws InterruptedException {
        plan.actions().stream().map(a -> a.provider()).distinct().forEach(ws.providers()::apply);
        Applier applier = new Applier(ws.providers(), ws.state(), ws.actor(command), RetryPolicy.standard(),
                env.sleeper(), env.clock());
        ApplyResult result = applier.apply(plan, parallelism, env.interrupted(), new ApplyProgress(env.err()));
        recordCost(command);
        return report(result, verb);
    }

    /** Every apply leaves the estimated cost of what now exists in the log, for cost history. */
    private void recordCost(String command) {
        List<ClusterSpec> existing = RecordedClusters.fromState(ws.state().current());
        CostSnapshot snapshot = CostSnapshot.of(env.clock().instant(), ws.estimator(false).estimate(existing));
        ws.state().append(ws.actor(command), List.of(NewEvent.of(EventType.COST_RECORDED,
                Map.of(CostSnapshot.EVENT_KEY, snapshot.toPayload()))));
    }

    private int report(ApplyResult result, String verb) {
        String counts = "Resources: " + result.count(ApplyStep.Phase.CREATE) + " added, "
                + result.count(ApplyStep.Phase.UPDATE) + " changed, " + result.count(ApplyStep.Phase.DELETE)
                + " destroyed.";
        if (result.succeeded()) {
            env.out().println();
            env.out().println(verb + " complete! " + counts);
            return ExitCodes.OK;
        }
        env.err().println();
        result.failed().forEach(f -> env.err().println("Error: " + f.step().id() + ": " + f.message()));
        env.err().println((result.cancelled() ? verb + " interrupted. " : verb + " failed. ") + counts + " "
                + result.notStarted().size() + " not started. The state records exactly what exists;"
                + " run the command again to continue.");
        return ExitCodes.ERROR;
    }
}
