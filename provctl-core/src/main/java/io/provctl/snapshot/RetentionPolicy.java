package io.provctl.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** How many snapshots to keep and for how long. A snapshot goes when either limit says so. */
public record RetentionPolicy(OptionalInt maxCount, Optional<Duration> maxAge) {

    public static RetentionPolicy none() {
        return new RetentionPolicy(OptionalInt.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return maxCount.isEmpty() && maxAge.isEmpty();
    }

    /** Of {@code candidates} (oldest first), the ones to delete at {@code now}: beyond the newest max_count, or older than max_age. */
    public List<Snapshot> expired(List<Snapshot> candidates, Instant now) {
        List<Snapshot> out = new ArrayList<>();
        int keepFrom = candidates.size() - maxCount.orElse(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Snapshot s = candidates.get(i);
            boolean tooMany = i < keepFrom;
            boolean tooOld = maxAge.filter(age -> s.createdAt().isBefore(now.minus(age))).isPresent();
            if (tooMany || tooOld) {
                out.add(s);
            }
        }
        return out;
    }
}
