package io.provctl.operator.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One piece of background work on its own daemon thread: run at once, then again {@code interval}
 * after each run ends, until closed. A run that throws is logged and the next one runs (an executor
 * never runs a task again once it has thrown). Counts the runs that counted, so tests can wait for a
 * run to have happened instead of sleeping.
 */
public final class RepeatingTask implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepeatingTask.class);

    private final String name;
    private final AtomicLong completed = new AtomicLong();
    private final ScheduledExecutorService executor;

    private RepeatingTask(String name) {
        this.name = name;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "provctl-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param run one run; it answers whether it counts (a run with nothing to work on yet, such as caches
     *            still syncing, may say no). A run that throws counts.
     */
    public static RepeatingTask start(String name, Duration interval, BooleanSupplier run) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the " + name + " interval must be positive, not " + interval);
        }
        RepeatingTask task = new RepeatingTask(name);
        task.executor.scheduleWithFixedDelay(() -> task.runGuarded(run), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return task;
    }

    /** Runs that ended and counted. */
    public long completedRuns() {
        return completed.get();
    }

    /** Whether {@link #close()} has stopped the thread. */
    public boolean stopped() {
        return executor.isTerminated();
    }

    private void runGuarded(BooleanSupplier run) {
        boolean counts = true;
        try {
            counts = run.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", name, e.toString());
            LOG.debug("{} failure", name, e);
        }
        if (counts) {
            completed.incrementAndGet();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
