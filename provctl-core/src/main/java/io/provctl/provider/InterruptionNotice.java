package io.provctl.provider;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider's warning that it will reclaim a spot VM: AWS's two-minute spot interruption notice, a GCP
 * preemption, an Azure Scheduled Event of type Preempt. {@code deadline} is when the VM is gone.
 *
 * @param providerId the VM's provider ID, as {@link ProviderNode#id()} reports it
 * @param noticedAt  when the provider issued the notice
 * @param deadline   when the provider reclaims the VM, not before {@code noticedAt}
 * @param reason     a short human reason, such as {@code spot capacity reclaimed}
 */
public record InterruptionNotice(String providerId, Instant noticedAt, Instant deadline, String reason) {

    public InterruptionNotice {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(noticedAt, "noticedAt");
        Objects.requireNonNull(deadline, "deadline");
        reason = reason == null || reason.isBlank() ? "spot capacity reclaimed" : reason;
        if (deadline.isBefore(noticedAt)) {
            throw new IllegalArgumentException("interruption notice for " + providerId + ": deadline " + deadline
                    + " is before the notice " + noticedAt);
        }
    }

    /** The time left before the VM is reclaimed, zero once the deadline has passed. */
    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
