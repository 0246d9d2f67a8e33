package io.provctl.plan;

import io.provctl.provider.CloudProvider;
import io.provctl.store.Actor;
import io.provctl.store.EventType;
import io.provctl.store.StateStore;
import io.provctl.store.StateView;
import io.provctl.time.Sleeper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Applies a plan: independent steps run in parallel up to a limit, each waiting for the steps it
 * depends on. When a step fails, or the apply is cancelled, no new step starts; running ones finish and
 * are recorded, so the state says exactly what exists and the next apply continues from there.
 * The caller holds the state lock.
 */
public final class Applier {

    private final Function<String, CloudProvider> providers;
    private final StateStore store;
    private final Actor actor;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;

    public Applier(Function<String, CloudProvider> providers, StateStore store, Actor actor, RetryPolicy retry,
                   Sleeper sleeper, Clock clock) {
        this.providers = providers;
        this.store = store;
        this.actor = actor;
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public ApplyResult apply(Plan plan, int parallelism, AtomicBoolean cancel, ApplyListener listener)
            throws InterruptedException {
        checkNotStale(plan, store.current());
        EventRecorder recorder = new EventRecorder(store, actor);
        recorder.record(EventType.APPLY_STARTED, Map.of("add", plan.toAdd(), "change", plan.toChange(),
                "destroy", plan.toDestroy(), "targets", plan.targets().stream().map(Object::toString).toList()));
        StepRunner runner = new StepRunner(providers, recorder, retry, sleeper, clock, listener);
        ApplyResult result = run(ApplyStep.of(plan), Math.max(1, parallelism), cancel, runner, recorder, listener);
        recorder.record(result.succeeded() ? EventType.APPLY_FINISHED : EventType.APPLY_FAILED, Map.of(
                "completed", result.completed().size(), "failed", result.failed().size(),
                "not_started", result.notStarted().size(), "cancelled", result.cancelled()));
        return result;
    }

    /** Refuses a plan made against another state, or against this one before it last changed. */
    public static void checkNotStale(Plan plan, StateView now) {
        if (!plan.lineage().equals(now.lineage())) {
            throw new StalePlanException("the saved plan was made for another state (lineage " + plan.lineage()
                    + ", this state is " + now.lineage() + "); run `provctl plan` again");
        }
        if (plan.serial() != now.serial()) {
            throw new StalePlanException("the saved plan is stale: it was made at state serial " + plan.serial()
                    + " and the state is now at serial " + now.serial() + "; run `provctl plan` again");
        }
    }

    private ApplyResult run(List<ApplyStep> steps, int parallelism, AtomicBoolean cancel, StepRunner runner,
                            EventRecorder recorder, ApplyListener listener) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, daemonThreads());
        CompletionService<ApplyStep> done = new ExecutorCompletionService<>(pool);
        Map<Future<ApplyStep>, ApplyStep> running = new LinkedHashMap<>();
        List<ApplyStep> waiting = new ArrayList<>(steps);
        List<ApplyStep> completed = new ArrayList<>();
        List<ApplyResult.Failure> failed = new ArrayList<>();
        try {
            while (true) {
                boolean stopping = !failed.isEmpty() || cancel.get();
                if (!stopping) {
                    startReady(waiting, running, parallelism, done, runner);
                }
                if (running.isEmpty()) {
                    break;
                }
                Future<ApplyStep> next = done.take();
                ApplyStep step = running.remove(next);
                try {
                    next.get();
                    completed.add(step);
                } catch (ExecutionException e) {
                    failed.add(fail(step, e.getCause(), recorder, listener));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new ApplyResult(completed, failed, waiting, cancel.get());
    }

    private static void startReady(List<ApplyStep> waiting, Map<Future<ApplyStep>, ApplyStep> running, int parallelism,
                                   CompletionService<ApplyStep> done, StepRunner runner) {
        for (ApplyStep step : List.copyOf(waiting)) {
            if (running.size() >= parallelism) {
                return;
            }
            boolean ready = waiting.stream().noneMatch(step::waitsFor) && running.values().stream().noneMatch(step::waitsFor);
            if (ready) {
                waiting.remove(step);
                running.put(done.submit(() -> {
                    runner.run(step);
                    return step;
                }), step);
            }
        }
    }

    /** Records a failed step; an {@link Error} is a crash and is not survived. */
    private static ApplyResult.Failure fail(ApplyStep step, Throwable cause, EventRecorder recorder,
                                            ApplyListener listener) {
        if (cause instanceof Error error) {
            throw error;
        }
        RuntimeException e = cause instanceof RuntimeException re ? re : new RuntimeException(cause);
        recorder.record(EventType.ACTION_FAILED, step.id(), Map.of("phase", step.phase().name().toLowerCase(),
                "error", String.valueOf(e.getMessage())));
        listener.failed(step, e);
        return new ApplyResult.Failure(step, String.valueOf(e.getMessage()));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "provctl-apply");
            t.setDaemon(true);
            return t;
        };
    }
}
