package io.provctl.autoscaler.sim;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cluster at one instant (the state after every event up to and including that instant): nodes that
 * cost money (provisioning, ready or being removed) by offering, pods waiting, requested over allocatable
 * on ready nodes (0 when there is none), and what the nodes cost per hour.
 */
public record TimelinePoint(long timeMillis, Map<String, Integer> nodesByOffering, int pendingPods,
                            double cpuAllocation, double memoryAllocation, BigDecimal costPerHour) {

    public TimelinePoint {
        nodesByOffering = Collections.unmodifiableMap(new TreeMap<>(nodesByOffering));
    }

    public int nodes() {
        return nodesByOffering.values().stream().mapToInt(Integer::intValue).sum();
    }
}
