package io.provctl.autoscaler.scaledown;

/** Where the simulation put a pod of a removed node. */
public record PodMove(String pod, String toNode) {
}
