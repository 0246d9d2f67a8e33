package io.provctl.autoscaler.testsupport;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PdbInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Object factories for autoscaler tests: sizes in millicores and GiB, names that read well in failures. */
public final class Fixtures {

    public static final long GI = 1L << 30;
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private Fixtures() {
    }

    public static Offering offering(String name, long cpuMillis, long memoryGi, String price) {
        return Offering.of(name, cpuMillis, memoryGi * GI, 110, new BigDecimal(price));
    }

    /** A ReplicaSet pod asking for cpu and memory, not yet bound. */
    public static PodInfo.Builder pod(String name, long cpuMillis, long memoryGi) {
        return PodInfo.builder("default", name).owner("ReplicaSet").container(cpuMillis, memoryGi * GI);
    }

    public static PodInfo pending(String name, long cpuMillis, long memoryGi) {
        return pod(name, cpuMillis, memoryGi).unschedulable().build();
    }

    public static PodInfo running(String name, String node, long cpuMillis, long memoryGi) {
        return pod(name, cpuMillis, memoryGi).nodeName(node).build();
    }

    public static NodeInfo node(String name, String group, long cpuMillis, long memoryGi) {
        return NodeInfo.ready(name, new Resources(cpuMillis, memoryGi * GI, Resources.UNLIMITED, 110),
                Map.of(NodeInfo.GROUP_LABEL, group, NodeInfo.HOSTNAME_LABEL, name));
    }

    public static NodeGroupInfo group(String name, int min, int max, int current, Offering... offerings) {
        return NodeGroupInfo.of(name, min, max, current, List.of(offerings));
    }

    public static ClusterSnapshot snapshot(List<PodInfo> pods, List<NodeInfo> nodes, List<NodeGroupInfo> groups) {
        return new ClusterSnapshot(pods, nodes, List.of(), groups);
    }

    public static ClusterSnapshot snapshot(List<PodInfo> pods, List<NodeInfo> nodes, List<PdbInfo> pdbs,
                                           List<NodeGroupInfo> groups) {
        return new ClusterSnapshot(pods, nodes, pdbs, groups);
    }
}
