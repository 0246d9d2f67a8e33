package io.provctl.operator.managednode;

import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;
import io.provctl.provider.InterruptionNotice;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions about a spot interruption notice, as plain values: how long the node may drain, and the
 * annotations that record on its ManagedNode that the notice was handled (so each notice is handled once,
 * across polls and operator restarts) and until when the drain may run.
 */
public final class SpotInterruption {

    /** When the provider issued the notice handled for this node; its presence means "handled". */
    public static final String NOTICED_AT = "provctl.io/interruption-noticed-at";
    /** When the provider reclaims the VM. */
    public static final String RECLAIM_AT = "provctl.io/interruption-reclaim-at";
    /** When the drain stops and the VM is deleted, drained or not. */
    public static final String DRAIN_DEADLINE = "provctl.io/interruption-drain-deadline";
    /** The event recorded on the ManagedNode (and its Node) for each notice. */
    public static final String REASON = "SpotInterrupted";
    /** spotConfig.interruptionGracePeriod's default, the CRD's. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(120);

    private SpotInterruption() {
    }

    /**
     * The drain runs for the group's grace period or until the provider's deadline, whichever comes first,
     * and not at all once the deadline has passed: {@code now + min(grace, deadline - now)}.
     */
    public static Instant drainDeadline(Instant now, Instant reclaimAt, Duration grace) {
        Instant byGrace = now.plus(grace.isNegative() ? Duration.ZERO : grace);
        Instant earliest = byGrace.isBefore(reclaimAt) ? byGrace : reclaimAt;
        return earliest.isBefore(now) ? now : earliest;
    }

    /** spec.spotConfig.interruptionGracePeriod ({@code 90s}, {@code 2m}, {@code 1h}); 120s when absent or unreadable. */
    public static Duration gracePeriod(SpotConfig spot) {
        String text = Optional.ofNullable(spot).map(SpotConfig::getInterruptionGracePeriod).map(String::trim)
                .orElse("");
        if (!text.matches("[0-9]+[smh]")) {
            return DEFAULT_GRACE;
        }
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** The annotations that record a handled notice. */
    public static Map<String, String> annotations(InterruptionNotice notice, Instant drainDeadline) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(NOTICED_AT, notice.noticedAt().toString());
        out.put(RECLAIM_AT, notice.deadline().toString());
        out.put(DRAIN_DEADLINE, drainDeadline.toString());
        return out;
    }

    /** Whether a notice has already been handled for this node. */
    public static boolean handled(ManagedNode mn) {
        return annotation(mn, NOTICED_AT).isPresent();
    }

    /** The drain deadline of an interrupted node; empty for a node removed for any other reason. */
    public static Optional<Instant> drainDeadline(ManagedNode mn) {
        return annotation(mn, DRAIN_DEADLINE).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> annotation(ManagedNode mn, String key) {
        return Optional.ofNullable(mn.getMetadata().getAnnotations()).map(a -> a.get(key));
    }
}
