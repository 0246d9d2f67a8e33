package io.provctl.cost.optimize;

/** How likely a change is to hurt the workloads: LOW is safe to apply, HIGH needs a person to look. */
public enum Risk { LOW, MEDIUM, HIGH }
