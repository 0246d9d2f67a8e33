package io.provctl.bench;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scaleup.ScaleUpDecision;
import io.provctl.autoscaler.scaleup.ScaleUpEntry;
import io.provctl.autoscaler.scaleup.ScaleUpPlanner;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Packing quality of scale-up: for each workload and each single offering, the nodes chosen against the
 * lower bound max(ceil(total CPU / node CPU), ceil(total memory / node memory), ceil(pods / max pods)); then
 * the full least-cost decision over 50 offerings with its wall time. Run with
 * {@code java -cp provctl-bench/target/benchmarks.jar io.provctl.bench.PackingQuality}.
 */
public final class PackingQuality {

    private PackingQuality() {
    }

    public static void main(String[] args) {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        ScaleUpPlanner planner = new ScaleUpPlanner(ScaleUpSettings.DEFAULTS.withMaxClusterNodes(1_000_000));
        Map<String, Offering> offerings = AutoscalerWorkloads.offerings().stream()
                .collect(Collectors.toMap(Offering::name, Function.identity()));
        for (AutoscalerWorkloads.Shape shape : AutoscalerWorkloads.Shape.values()) {
            ClusterSnapshot base = AutoscalerWorkloads.cluster(1, 1, 0, 10_000, shape, 7);
            List<PodInfo> pods = base.unschedulablePods();
            for (String name : List.of("c5.xlarge", "m5.xlarge", "m5.4xlarge", "r5.2xlarge")) {
                Offering o = offerings.get(name);
                ClusterSnapshot one = new ClusterSnapshot(pods, List.of(), List.of(),
                        List.of(NodeGroupInfo.of("g", 0, 100_000, 0, List.of(o))));
                ScaleUpDecision d = planner.plan(one, now);
                long bound = lowerBound(packed(pods, d), o.capacity());
                System.out.printf("%-7s %-11s nodes %5d  lower bound %5d  ratio %.3f  (%d pods too big for it)%n", shape,
                        name, d.nodesAdded(), bound, (double) d.nodesAdded() / bound, d.pending().size());
            }
            ClusterSnapshot full = AutoscalerWorkloads.cluster(5, 50, 1_000, 10_000, shape, 7);
            long start = System.nanoTime();
            ScaleUpDecision d = planner.plan(full, now);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%-7s least-cost over 50 offerings: %s, %s per hour, %d pods pending, %d ms%n", shape,
                    d.scaleUps().stream().map(e -> e.offering() + " x" + e.count()).toList(),
                    d.addedPricePerHour().toPlainString(), d.pending().size(), ms);
            for (ScaleUpEntry e : d.scaleUps()) {
                Offering o = offerings.get(e.offering());
                Set<String> keys = Set.copyOf(e.pods());
                List<PodInfo> packed = full.pods().stream().filter(p -> keys.contains(p.key())).toList();
                System.out.printf("        %s x%d, lower bound %d%n", e.offering(), e.count(), lowerBound(packed, o.capacity()));
            }
        }
    }

    /** The pods the decision placed on new nodes: the lower bound is for those, not for pods no node fits. */
    private static List<PodInfo> packed(List<PodInfo> pods, ScaleUpDecision d) {
        Set<String> keys = d.scaleUps().stream().flatMap(e -> e.pods().stream()).collect(Collectors.toSet());
        return pods.stream().filter(p -> keys.contains(p.key())).toList();
    }

    static long lowerBound(List<PodInfo> pods, Resources node) {
        long cpu = 0;
        long mem = 0;
        for (PodInfo p : pods) {
            cpu += p.requests().cpuMillis();
            mem += p.requests().memoryBytes();
        }
        return Math.max(Math.max(ceil(cpu, node.cpuMillis()), ceil(mem, node.memoryBytes())), ceil(pods.size(), node.pods()));
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }
}
