package io.provctl.autoscaler.scaledown;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one scale-down pass: nodes to remove, unneeded nodes that stay and why, the unneeded
 * observations to keep for the next pass, and why the pass removed nothing at all when it was held back.
 */
public record ScaleDownDecision(List<Removal> removals, List<BlockedNode> blocked, Map<String, Instant> unneededSince,
                                Optional<String> heldBack) {

    public ScaleDownDecision {
        removals = List.copyOf(removals);
        blocked = List.copyOf(blocked);
        unneededSince = Map.copyOf(unneededSince);
    }
}
