package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.model.PodInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a run as time advances: node time per offering (billed from request to removal), allocation
 * integrals over ready nodes, peak nodes, and one timeline point per sampling step. State is constant
 * between events, so integrating at each event is exact.
 */
final class Meter {

    private final long sampleMillis;
    private final Map<String, Long> billedMillis = new HashMap<>();
    private final Map<String, Integer> alive = new HashMap<>();
    private final List<TimelinePoint> timeline = new ArrayList<>();
    private BigDecimal costPerHour = BigDecimal.ZERO;
    private long now;
    private long nextSample;
    private int aliveNodes;
    private int peakNodes;
    private int pending;
    private long readyCpu;
    private long readyMemoryMib;
    private long usedCpu;
    private long usedMemoryMib;
    private double cpuUsedIntegral;
    private double cpuReadyIntegral;
    private double memoryUsedIntegral;
    private double memoryReadyIntegral;

    Meter(long sampleMillis) {
        this.sampleMillis = sampleMillis;
    }

    /** Moves the clock to {@code time}: samples every step before it, then integrates the interval. */
    void advance(long time) {
        while (nextSample < time) {
            timeline.add(point(nextSample));
            nextSample += sampleMillis;
        }
        long dt = time - now;
        cpuUsedIntegral += (double) usedCpu * dt;
        cpuReadyIntegral += (double) readyCpu * dt;
        memoryUsedIntegral += (double) usedMemoryMib * dt;
        memoryReadyIntegral += (double) readyMemoryMib * dt;
        now = time;
    }

    private TimelinePoint point(long at) {
        return new TimelinePoint(at, alive, pending, ratio(usedCpu, readyCpu), ratio(usedMemoryMib, readyMemoryMib),
                costPerHour);
    }

    private static double ratio(double used, double total) {
        return total <= 0 ? 0 : used / total;
    }

    void nodeRequested(SimNode n) {
        alive.merge(n.offering.name(), 1, Integer::sum);
        costPerHour = costPerHour.add(n.offering.pricePerHour());
        aliveNodes++;
        peakNodes = Math.max(peakNodes, aliveNodes);
    }

    void nodeReady(SimNode n) {
        readyCpu += n.offering.capacity().cpuMillis();
        readyMemoryMib += n.offering.capacity().memoryBytes() >> 20;
    }

    void nodeDraining(SimNode n) {
        readyCpu -= n.offering.capacity().cpuMillis();
        readyMemoryMib -= n.offering.capacity().memoryBytes() >> 20;
    }

    void nodeGone(SimNode n) {
        alive.merge(n.offering.name(), -1, Integer::sum);
        alive.remove(n.offering.name(), 0);
        costPerHour = costPerHour.subtract(n.offering.pricePerHour());
        aliveNodes--;
        billedMillis.merge(n.offering.name(), n.goneAt - n.requestedAt, Long::sum);
    }

    void podStarted(PodInfo p) {
        usedCpu += p.requests().cpuMillis();
        usedMemoryMib += p.requests().memoryBytes() >> 20;
    }

    void podStopped(PodInfo p) {
        usedCpu -= p.requests().cpuMillis();
        usedMemoryMib -= p.requests().memoryBytes() >> 20;
    }

    void pendingChanged(int delta) {
        pending += delta;
    }

    Map<String, Long> billedMillis() {
        return billedMillis;
    }

    int peakNodes() {
        return peakNodes;
    }

    double meanCpuAllocation() {
        return ratio(cpuUsedIntegral, cpuReadyIntegral);
    }

    double meanMemoryAllocation() {
        return ratio(memoryUsedIntegral, memoryReadyIntegral);
    }

    /** The timeline, closed with a point at the end of the run. */
    List<TimelinePoint> timeline() {
        List<TimelinePoint> all = new ArrayList<>(timeline);
        all.add(point(now));
        return all;
    }
}
