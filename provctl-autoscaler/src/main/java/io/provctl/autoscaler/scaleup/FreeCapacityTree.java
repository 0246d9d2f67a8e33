package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.Resources;

import java.util.Arrays;

/**
 * A segment tree over node slots keeping, for each range, the most free CPU, memory, ephemeral storage and
 * pod slots of any node in it, so that the first node that might fit a pod is found without scanning every
 * open node. Those maxima can come from different nodes, so each range also keeps its best "balanced room":
 * the largest, over its nodes, of the smallest share of capacity left in CPU, memory and pods. A node that
 * fits a pod has at least the pod's smallest share in each, which prunes most ranges the maxima alone would
 * let through. Only open nodes are in the tree (slots not opened yet admit nothing),
 * so a pod that fits no open node is known to at the root, in constant time, and the caller opens the
 * next node: first fit exactly.
 */
final class FreeCapacityTree {

    /** Decides whether a slot the resources admit really takes the pod (anti-affinity, for one). */
    interface SlotCheck {
        boolean accepts(int slot);
    }

    private final int leaves;
    private final long[] cpu;
    private final long[] mem;
    private final long[] eph;
    private final long[] pods;
    private final double[] balanced;
    private final Resources capacity;

    /** A tree of {@code slots} slots, none open; {@code capacity} is what an open node offers when empty. */
    FreeCapacityTree(int slots, Resources capacity) {
        int n = 1;
        while (n < Math.max(1, slots)) {
            n <<= 1;
        }
        leaves = n;
        cpu = new long[2 * n];
        mem = new long[2 * n];
        eph = new long[2 * n];
        pods = new long[2 * n];
        balanced = new double[2 * n];
        this.capacity = capacity;
        Arrays.fill(cpu, -1);
        Arrays.fill(mem, -1);
        Arrays.fill(eph, -1);
        Arrays.fill(pods, -1);
        Arrays.fill(balanced, -1);
    }

    /** The leftmost slot with room for {@code need} that the check accepts, or -1. */
    int firstFit(Resources need, SlotCheck check) {
        return search(1, need, balance(need), check);
    }

    /** Opens a slot or records what a node has left. */
    void update(int slot, Resources free) {
        int i = leaves + slot;
        set(i, free);
        for (i >>= 1; i >= 1; i >>= 1) {
            pull(i);
        }
    }

    private int search(int i, Resources need, double needBalance, SlotCheck check) {
        if (cpu[i] < need.cpuMillis() || mem[i] < need.memoryBytes() || eph[i] < need.ephemeralBytes()
                || pods[i] < need.pods() || balanced[i] < needBalance) {
            return -1;
        }
        if (i >= leaves) {
            int slot = i - leaves;
            return check.accepts(slot) ? slot : -1;
        }
        int left = search(2 * i, need, needBalance, check);
        return left >= 0 ? left : search(2 * i + 1, need, needBalance, check);
    }

    /** The smallest share of capacity among CPU, memory and pods; monotonic, so never prunes a fitting node. */
    private double balance(Resources r) {
        return Math.min(Math.min((double) r.cpuMillis() / capacity.cpuMillis(),
                (double) r.memoryBytes() / capacity.memoryBytes()), (double) r.pods() / capacity.pods());
    }

    private void set(int i, Resources r) {
        cpu[i] = r.cpuMillis();
        mem[i] = r.memoryBytes();
        eph[i] = r.ephemeralBytes();
        pods[i] = r.pods();
        balanced[i] = balance(r);
    }

    private void pull(int i) {
        cpu[i] = Math.max(cpu[2 * i], cpu[2 * i + 1]);
        mem[i] = Math.max(mem[2 * i], mem[2 * i + 1]);
        eph[i] = Math.max(eph[2 * i], eph[2 * i + 1]);
        pods[i] = Math.max(pods[2 * i], pods[2 * i + 1]);
        balanced[i] = Math.max(balanced[2 * i], balanced[2 * i + 1]);
    }
}
