package io.provctl.autoscaler.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A workload trace: its pods in submission order (ties keep file order, so replay is deterministic). */
public record Trace(List<TracePod> pods) {

    public Trace {
        List<TracePod> sorted = new ArrayList<>(pods);
        sorted.sort(Comparator.comparingLong(TracePod::submitMillis));
        pods = List.copyOf(sorted);
    }

    public long lastSubmitMillis() {
        return pods.isEmpty() ? 0 : pods.get(pods.size() - 1).submitMillis();
    }

    public long longestDurationMillis() {
        return pods.stream().mapToLong(TracePod::durationMillis).max().orElse(0);
    }
}
