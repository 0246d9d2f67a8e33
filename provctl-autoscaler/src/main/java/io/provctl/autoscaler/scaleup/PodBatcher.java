package io.provctl.autoscaler.scaleup;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers unschedulable pods into one batch so a burst becomes one decision: a batch is due once no new
 * pod has arrived for {@code idle}, or {@code max} after it opened, whichever comes first. Pure: the batch
 * is a value and time is passed in, so a simulator can ask when the next batch is due.
 */
public record PodBatcher(Duration idle, Duration max) {

    public static final PodBatcher DEFAULT = new PodBatcher(Duration.ofSeconds(10), Duration.ofSeconds(30));

    public PodBatcher {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(max, "max");
        if (idle.isNegative() || max.compareTo(idle) < 0) {
            throw new IllegalArgumentException("need 0 <= idle <= max");
        }
    }

    /** An open batch: its pods, when it opened and when a new pod last arrived. */
    public record Batch(Set<String> pods, Instant opened, Instant lastArrival) {
        public Batch {
            pods = Set.copyOf(pods);
        }
    }

    /** The batch after seeing these pending pods at {@code now}; pods already in it do not extend it. */
    public Optional<Batch> observe(Optional<Batch> batch, Set<String> pendingPods, Instant now) {
        if (batch.isEmpty()) {
            return pendingPods.isEmpty() ? Optional.empty() : Optional.of(new Batch(pendingPods, now, now));
        }
        Batch b = batch.get();
        Set<String> all = new LinkedHashSet<>(b.pods());
        boolean grew = all.addAll(pendingPods);
        return Optional.of(new Batch(all, b.opened(), grew ? now : b.lastArrival()));
    }

    /** When the batch is due: the earlier of idle after the last arrival and max after it opened. */
    public Instant dueAt(Batch batch) {
        Instant idleDue = batch.lastArrival().plus(idle);
        Instant maxDue = batch.opened().plus(max);
        return idleDue.isBefore(maxDue) ? idleDue : maxDue;
    }

    public boolean isDue(Batch batch, Instant now) {
        return !now.isBefore(dueAt(batch));
    }
}
