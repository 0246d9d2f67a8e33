package io.provctl.autoscaler.sim;

/** What can happen in a simulation. Events at the same time run in the order they were scheduled. */
sealed interface Event {

    /** A pod of the trace is submitted. */
    record Arrive(SimPod pod) implements Event {
    }

    /** A running pod completes; stale when the pod was evicted and rebound since ({@code version} differs). */
    record Finish(SimPod pod, int version) implements Event {
    }

    /** A requested node has joined and is usable. */
    record NodeReady(SimNode node) implements Event {
    }

    /** A node being removed is gone and billed no more. */
    record NodeGone(SimNode node) implements Event {
    }

    /** The open batch of pending pods may be due. */
    record BatchDue() implements Event {
    }

    /** The autoscaler's periodic pass: observe pending pods and consider scale-down. */
    record Scan() implements Event {
    }
}
