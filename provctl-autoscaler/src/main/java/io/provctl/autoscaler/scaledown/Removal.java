package io.provctl.autoscaler.scaledown;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node to remove (through the ManagedNode Terminating phase), its group, its utilization (the larger of
 * CPU and memory requests over allocatable) and where its pods would go.
 */
public record Removal(String node, String nodeGroup, BigDecimal utilization, boolean empty, List<PodMove> moves) {

    public Removal {
        moves = List.copyOf(moves);
    }
}
