package io.provctl.bench;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded clusters for autoscaler benchmarks: real AWS offerings (allocatable after system overhead, on-demand
 * price), existing nodes nearly full, and a batch of pending pods of random or skewed sizes.
 */
public final class AutoscalerWorkloads {

    private static final long MI = 1L << 20;

    /** How pending pod sizes are drawn. */
    public enum Shape {
        /** CPU 100m-2000m and memory 128Mi-8Gi, uniform. */
        RANDOM,
        /** 90 % small web pods (100m-250m, 128Mi-512Mi), 10 % large (2-4 CPU, 8-16Gi). */
        SKEWED
    }

    private AutoscalerWorkloads() {
    }

    /** The 50 offerings of offerings.csv, in file order. */
    public static List<Offering> offerings() {
        List<Offering> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AutoscalerWorkloads.class.getResourceAsStream("offerings.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                out.add(new Offering(f[2], new Resources(Long.parseLong(f[5]), Long.parseLong(f[6]) * MI,
                        Resources.UNLIMITED, Long.parseLong(f[7])), new BigDecimal(f[10])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * {@code groups} groups sharing {@code offeringCount} offerings round-robin, {@code nodes} existing nodes
     * each 95 % busy on CPU, and {@code pending} unschedulable pods.
     */
    public static ClusterSnapshot cluster(int groups, int offeringCount, int nodes, int pending, Shape shape, long seed) {
        List<Offering> all = offerings().subList(0, offeringCount);
        List<List<Offering>> byGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            byGroup.add(new ArrayList<>());
        }
        for (int i = 0; i < all.size(); i++) {
            byGroup.get(i % groups).add(all.get(i));
        }
        List<NodeInfo> nodeList = new ArrayList<>();
        List<PodInfo> pods = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            int g = n % groups;
            Offering o = byGroup.get(g).get(0);
            String name = "node-" + n;
            nodeList.add(NodeInfo.ready(name, o.capacity(), Map.of(NodeInfo.GROUP_LABEL, "group-" + g,
                    NodeInfo.INSTANCE_TYPE_LABEL, o.name(), NodeInfo.HOSTNAME_LABEL, name)));
            pods.add(PodInfo.builder("default", "busy-" + n).owner("ReplicaSet")
                    .container(o.capacity().cpuMillis() * 95 / 100, o.capacity().memoryBytes() / 2).nodeName(name).build());
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = 0; p < pending; p++) {
            Resources r = size(shape, random);
            pods.add(PodInfo.builder("default", "pending-" + p).owner("ReplicaSet").container(r).unschedulable().build());
        }
        List<NodeGroupInfo> groupList = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int current = nodes / groups + (g < nodes % groups ? 1 : 0);
            groupList.add(NodeGroupInfo.of("group-" + g, 0, current + 5000, current, byGroup.get(g)));
        }
        return new ClusterSnapshot(pods, nodeList, List.of(), groupList);
    }

    private static Resources size(Shape shape, SplittableRandom random) {
        if (shape == Shape.RANDOM) {
            return Resources.of(100 + 50L * random.nextInt(39), (128 + 64L * random.nextInt(127)) * MI);
        }
        if (random.nextInt(10) < 9) {
            return Resources.of(100 + 10L * random.nextInt(16), (128 + 32L * random.nextInt(13)) * MI);
        }
        return Resources.of(2000 + 100L * random.nextInt(21), (8192 + 512L * random.nextInt(17)) * MI);
    }
}
