package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.scaleup.Template;
import io.provctl.autoscaler.scheduling.NodeState;
import io.provctl.autoscaler.scheduling.Predicates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * The least any autoscaler could pay for a trace. An ideal autoscaler has capacity the instant a pod
 * arrives, so no pod waits and "running and waiting" is simply every pod from its submission for its
 * duration. The demand D(t) = (CPU, memory) summed over those pods is piecewise constant: it changes only
 * at submissions and completions. Between two consecutive change points it costs f(D) per hour, where f
 * is the cheapest fluid capacity: min Σ p_o·x_o with Σ cpu_o·x_o ≥ CPU, Σ mem_o·x_o ≥ memory, x ≥ 0 over
 * the policy's offerings. A linear program with two constraints has an optimal vertex with at most two
 * offerings in use, so f is the minimum over single offerings (p·max(CPU/cpu, mem/mem)) and pairs with both
 * constraints tight; that is exact, not sampled. The bound is Σ f(D)·Δt over the pieces.
 * <p>
 * It relaxes everything else: node sizes, pod counts per node, selectors and taints (any offering of any
 * group may serve any pod), provisioning and removal delays. Pods that no node of the policy could ever
 * host are left out, since no policy pays for them either; {@link Simulator} also leaves out the pods a
 * run never started (held back at maxNodes until the end), which that run did not pay for. Arithmetic is in doubles; the result is
 * rounded down to micro-units so that rounding never lifts it.
 * <p>
 * Strictly it bounds every policy that starts pods on arrival: each instant's running pods sit on whole
 * nodes whose prices cover f of their requests. A policy that delays pods could in principle line a
 * CPU-heavy pod up with a memory-heavy one and pay less than f for that overlap (f is convex, not
 * linear); the provisioning delay and whole nodes outweigh that by far, and a property test checks
 * cost ≥ bound over seeded random traces.
 */
public final class LowerBound {

    private static final double MILLIS_PER_HOUR = 3_600_000d;

    private final double[] cpu;
    private final double[] memory;
    private final double[] price;

    private LowerBound(List<Offering> offerings) {
        int n = offerings.size();
        cpu = new double[n];
        memory = new double[n];
        price = new double[n];
        for (int i = 0; i < n; i++) {
            cpu[i] = offerings.get(i).capacity().cpuMillis();
            memory[i] = offerings.get(i).capacity().memoryBytes() / (double) (1 << 20);
            price[i] = offerings.get(i).pricePerHour().doubleValue();
        }
    }

    /** The bound for a trace under a policy's node groups, in the offerings' currency. */
    public static BigDecimal of(Trace trace, List<NodeGroupInfo> groups) {
        List<Template> templates = Template.all(groups);
        List<TracePod> hostable = trace.pods().stream().filter(p -> hostable(p, templates)).toList();
        LowerBound lb = new LowerBound(templates.stream().map(Template::offering).distinct().toList());
        return BigDecimal.valueOf(lb.integrate(hostable)).setScale(6, RoundingMode.FLOOR);
    }

    private static boolean hostable(TracePod p, List<Template> templates) {
        PodInfo pod = new SimPod(p).waiting;
        return templates.stream().anyMatch(t -> Predicates.check(pod, new NodeState(t.node())).isEmpty());
    }

    /** Σ f(D)·Δt over the pieces of constant demand. */
    private double integrate(List<TracePod> pods) {
        int n = pods.size();
        long[] times = new long[2 * n];
        long[] cpuDelta = new long[2 * n];
        long[] memDelta = new long[2 * n];
        Integer[] order = new Integer[2 * n];
        for (int i = 0; i < n; i++) {
            TracePod p = pods.get(i);
            times[2 * i] = p.submitMillis();
            cpuDelta[2 * i] = p.cpuMillis();
            memDelta[2 * i] = p.memoryMib();
            times[2 * i + 1] = p.submitMillis() + p.durationMillis();
            cpuDelta[2 * i + 1] = -p.cpuMillis();
            memDelta[2 * i + 1] = -p.memoryMib();
            order[2 * i] = 2 * i;
            order[2 * i + 1] = 2 * i + 1;
        }
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        double total = 0;
        long demandCpu = 0;
        long demandMem = 0;
        long last = 0;
        for (int k = 0; k < order.length; k++) {
            int e = order[k];
            long t = times[e];
            if (t > last && (demandCpu > 0 || demandMem > 0)) {
                total += fluidCostPerHour(demandCpu, demandMem) * (t - last) / MILLIS_PER_HOUR;
            }
            last = t;
            demandCpu += cpuDelta[e];
            demandMem += memDelta[e];
        }
        return total;
    }

    /** f(C, M): the cheapest fractional mix of offerings covering the demand. */
    double fluidCostPerHour(double c, double m) {
        double best = Double.POSITIVE_INFINITY;
        for (int a = 0; a < price.length; a++) {
            best = Math.min(best, price[a] * Math.max(c / cpu[a], m / memory[a]));
            for (int b = a + 1; b < price.length; b++) {
                double det = cpu[a] * memory[b] - cpu[b] * memory[a];
                if (det == 0) {
                    continue;
                }
                double xa = (c * memory[b] - cpu[b] * m) / det;
                double xb = (cpu[a] * m - c * memory[a]) / det;
                if (xa >= 0 && xb >= 0) {
                    best = Math.min(best, price[a] * xa + price[b] * xb);
                }
            }
        }
        return best;
    }
}
