package io.provctl.autoscaler.scaledown;

import java.time.Instant;
import java.util.Map;

/**
 * Since when each node has been unneeded, as observed by earlier passes. A cluster dump has no history;
 * {@link #withoutHistory()} judges it as if every node under the threshold had been there long enough.
 */
public record UnneededHistory(Map<String, Instant> since, boolean assumeLongEnough) {

    public UnneededHistory {
        since = Map.copyOf(since);
    }

    public static UnneededHistory none() {
        return new UnneededHistory(Map.of(), false);
    }

    public static UnneededHistory withoutHistory() {
        return new UnneededHistory(Map.of(), true);
    }

    public static UnneededHistory of(Map<String, Instant> since) {
        return new UnneededHistory(since, false);
    }
}
