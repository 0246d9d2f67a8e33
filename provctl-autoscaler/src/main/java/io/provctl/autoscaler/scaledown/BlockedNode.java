package io.provctl.autoscaler.scaledown;

import java.util.Optional;

/** An unneeded node that stays, the reason, and the pod responsible when a pod is. */
public record BlockedNode(String node, BlockReason reason, Optional<String> pod, String message) {
}
