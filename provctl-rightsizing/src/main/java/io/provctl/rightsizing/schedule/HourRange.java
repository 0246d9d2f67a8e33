package io.provctl.rightsizing.schedule;

import java.util.Locale;

/** Replicas to run from {@code fromHour} (inclusive) to {@code toHour} (exclusive), hours of the day in UTC. */
public record HourRange(int fromHour, int toHour, int replicas) {

    public HourRange {
        if (fromHour < 0 || toHour > 24 || fromHour >= toHour) {
            throw new IllegalArgumentException("an hour range lies within 0..24 and is not empty: "
                    + fromHour + ".." + toHour);
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("a workload never goes below 1 replica: " + replicas);
        }
    }

    public int hours() {
        return toHour - fromHour;
    }

    /** {@code 08:00-18:00 UTC: 4}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%02d:00-%02d:00 UTC: %d", fromHour, toHour, replicas);
    }
}
