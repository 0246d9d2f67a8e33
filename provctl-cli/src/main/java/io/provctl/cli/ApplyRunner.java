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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an approved plan and reports it. Ctrl-C (and SIGTERM) stop new steps, let running ones finish
 * and be recorded, then the process exits: the next apply continues from what exists.
 */
public final class ApplyRunner {

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
        return run(plan, options.parallelism, command, verb);
    }

    private boolean confirm(String question) throws java.io.IOException {
        env.err().print(question + "\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ");
        env.err().flush();
        String answer = env.in().readLine();
        env.err().println();
        return "yes".equals(answer == null ? "" : answer.trim());
    }

    public int run(Plan plan, int parallelism, String command, String verb) throws InterruptedException {
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = signalHook(cancel, finished);
        try {
            Applier applier = new Applier(ws.providers(), ws.state(), ws.actor(command), RetryPolicy.standard(),
                    env.sleeper(), env.clock());
            ApplyResult result = applier.apply(plan, parallelism, cancel, new ApplyProgress(env.err()));
            recordCost(command);
            return report(result, verb);
        } finally {
            finished.countDown();
            removeHook(hook);
        }
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

    private Thread signalHook(AtomicBoolean cancel, CountDownLatch finished) {
        if (!env.signals()) {
            return null;
        }
        Thread hook = new Thread(() -> {
            cancel.set(true);
            env.err().println("\nInterrupt received: no new operations will start; waiting for running ones to finish...");
            env.err().flush();
            try {
                finished.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "provctl-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting because of the signal; the hook is running
            }
        }
    }
}
