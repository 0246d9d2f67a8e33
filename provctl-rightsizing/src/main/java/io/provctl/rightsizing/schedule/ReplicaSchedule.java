package io.provctl.rightsizing.schedule;

import java.util.List;

/**
 * Replica counts per hour range covering the whole day, with the daily pattern they come from.
 *
 * @param ranges             consecutive ranges from 00:00 to 24:00 UTC, neighbours with the same count merged
 * @param hourlyMeanMillis   the mean total CPU of all pods in each hour of the day (index 0 = 00:00 UTC)
 * @param peakToTroughFactor the busiest hour's mean over the quietest hour's
 * @param historyDays        the span of the history the pattern was seen in
 */
public record ReplicaSchedule(List<HourRange> ranges, List<Double> hourlyMeanMillis, double peakToTroughFactor,
                              double historyDays) implements ScheduleOutcome {

    public ReplicaSchedule {
        ranges = List.copyOf(ranges);
        hourlyMeanMillis = List.copyOf(hourlyMeanMillis);
        if (ranges.isEmpty() || ranges.get(0).fromHour() != 0 || ranges.get(ranges.size() - 1).toHour() != 24) {
            throw new IllegalArgumentException("a schedule covers the whole day: " + ranges);
        }
    }

    public int minReplicas() {
        return ranges.stream().mapToInt(HourRange::replicas).min().orElseThrow();
    }

    public int maxReplicas() {
        return ranges.stream().mapToInt(HourRange::replicas).max().orElseThrow();
    }

    /** The hour of the day (UTC) with the highest mean total CPU; the earliest of equals. */
    public int peakHour() {
        int best = 0;
        for (int h = 1; h < hourlyMeanMillis.size(); h++) {
            if (hourlyMeanMillis.get(h) > hourlyMeanMillis.get(best)) {
                best = h;
            }
        }
        return best;
    }

    /** The hour of the day (UTC) with the lowest mean total CPU; the earliest of equals. */
    public int troughHour() {
        int best = 0;
        for (int h = 1; h < hourlyMeanMillis.size(); h++) {
            if (hourlyMeanMillis.get(h) < hourlyMeanMillis.get(best)) {
                best = h;
            }
        }
        return best;
    }
}
