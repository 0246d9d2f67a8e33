package io.provctl.model;

/** A {@code taints} block: key, value and effect (NoSchedule, PreferNoSchedule or NoExecute). */
public record TaintSpec(String key, String value, String effect) {
}
