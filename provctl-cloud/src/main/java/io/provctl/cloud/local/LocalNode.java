package io.provctl.cloud.local;

import java.time.Instant;

/** One simulated node of a node pool. */
public record LocalNode(String id, Instant createdAt) {
}
