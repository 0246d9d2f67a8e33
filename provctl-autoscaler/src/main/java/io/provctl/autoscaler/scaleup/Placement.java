package io.provctl.autoscaler.scaleup;

/** A pending pod that fits an existing (or joining) node, so it triggers nothing. */
public record Placement(String pod, String node) {
}
