package io.provctl.autoscaler.scaleup;

import java.math.BigDecimal;
import java.util.List;

/**
 * Add {@code count} nodes of {@code offering} to {@code nodeGroup}, making it {@code newSize} nodes, for
 * these pods (namespace/name). What the operator writes to NodeGroup status and to the event.
 */
public record ScaleUpEntry(String nodeGroup, String offering, int count, int newSize, List<String> pods,
                           BigDecimal addedPricePerHour) {

    public ScaleUpEntry {
        pods = List.copyOf(pods);
    }
}
