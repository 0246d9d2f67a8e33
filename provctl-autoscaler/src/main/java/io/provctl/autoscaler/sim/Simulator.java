package io.provctl.autoscaler.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replays a workload trace against autoscaling policies. Each run is deterministic: same trace and policy,
 * same result (but for the wall time).
 */
public final class Simulator {

    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);

    private Simulator() {
    }

    public static SimResult run(Trace trace, SimPolicy policy, Progress progress) {
        long started = System.nanoTime();
        Simulation s = new Simulation(trace, policy, progress);
        s.run();
        // pods the run never started cost it nothing, so a bound on its cost cannot count them
        Trace ran = new Trace(s.pods().stream().filter(p -> p.firstStart >= 0).map(p -> p.trace).toList());
        BigDecimal bound = LowerBound.of(ran, policy.groups());
        return summarize(policy, s, bound, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Runs every policy on the trace, in parallel on the available cores since runs share nothing but the
     * immutable trace; results come back in the order of the policies. {@code progress} must be thread-safe.
     */
    public static List<SimResult> runAll(Trace trace, List<SimPolicy> policies, Progress progress) {
        int threads = Math.max(1, Math.min(policies.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sim");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SimResult>> futures = new ArrayList<>();
            for (SimPolicy p : policies) {
                futures.add(pool.submit(() -> run(trace, p, progress)));
            }
            List<SimResult> results = new ArrayList<>();
            for (Future<SimResult> f : futures) {
                results.add(get(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SimResult get(Future<SimResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static SimResult summarize(SimPolicy policy, Simulation s, BigDecimal bound, Duration wall) {
        Simulation.RunCounts counts = s.counts();
        Map<String, Long> billed = new TreeMap<>(s.meter().billedMillis());
        for (SimNode n : s.liveNodes()) {
            if (n.alive()) {
                billed.merge(n.offering.name(), counts.endMillis() - n.requestedAt, Long::sum);
            }
        }
        BigDecimal cost = BigDecimal.ZERO;
        Map<String, BigDecimal> hours = new TreeMap<>();
        for (var e : billed.entrySet()) {
            BigDecimal price = policy.offerings().stream().filter(o -> o.name().equals(e.getKey())).findFirst()
                    .orElseThrow().pricePerHour();
            cost = cost.add(price.multiply(BigDecimal.valueOf(e.getValue())));
            hours.put(e.getKey(), BigDecimal.valueOf(e.getValue()).divide(MILLIS_PER_HOUR, 4, RoundingMode.HALF_EVEN));
        }
        List<Long> waits = new ArrayList<>();
        int unscheduled = 0;
        for (SimPod p : s.pods()) {
            if (p.firstStart >= 0) {
                waits.add(p.firstStart - p.trace.submitMillis());
            } else {
                unscheduled++;
            }
        }
        return new SimResult(policy.name(), cost.divide(MILLIS_PER_HOUR, 6, RoundingMode.HALF_EVEN), bound, hours,
                s.meter().peakNodes(), s.meter().meanCpuAllocation(), s.meter().meanMemoryAllocation(),
                WaitStats.ofMillis(waits.stream().mapToLong(Long::longValue).toArray()), s.pods().size(), unscheduled,
                counts.scaleUps(), counts.nodesAdded(), counts.scaleDowns(), Duration.ofMillis(counts.endMillis()),
                wall, s.meter().timeline());
    }
}
