package io.provctl.autoscaler.scaleup;

/**
 * A pod this decision leaves pending, and why. {@code impossible} means no group could ever host it
 * (report once, do not retry); otherwise a limit held it back (maxNodes, cooldown, a ceiling).
 */
public record PendingPod(String pod, String reason, boolean impossible) {
}
