package io.provctl.rightsizing.schedule;

import io.provctl.metrics.CpuSample;
import io.provctl.metrics.WorkloadUsage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Detects a daily pattern in a workload's total CPU and turns it into replica counts per hour of the
 * day (UTC, as {@code AnalysisSchedule}'s cron). CPU is the load that spreads over replicas (see
 * {@code ReplicaEstimator}); memory is not used.
 * <ul>
 *   <li>{@link #MIN_HISTORY} of samples: one day cannot tell a daily pattern from a one-off peak.</li>
 *   <li>Every hour of the day must have samples, or a quiet hour could be a gap in the data.</li>
 *   <li>The busiest hour's mean total CPU must be at least {@link #PATTERN_FACTOR} times the quietest
 *       hour's: below that, scaling down at night saves less than half the replicas at best, and a
 *       flat load with noise would give a schedule that only follows the noise.</li>
 * </ul>
 * Each hour's replicas are the {@link #PERCENTILE} of the totals seen in that hour plus the safety
 * margin, over one pod's CPU request, never below 1: the same rule as the REPLICAS recommendation,
 * per hour. Every day weighs the same, since the schedule repeats daily.
 */
public final class ReplicaScheduler {

    public static final Duration MIN_HISTORY = Duration.ofDays(2);
    public static final double PATTERN_FACTOR = 2.0;
    static final double PERCENTILE = 0.9;
    /** The quietest hour counts as at least 1 m, so an idle night does not divide by zero. */
    private static final double MIN_TROUGH_MILLIS = 1.0;

    private final double safetyMargin;

    public ReplicaScheduler(double safetyMargin) {
        this.safetyMargin = safetyMargin;
    }

    public ScheduleOutcome schedule(WorkloadUsage usage, long podCpuRequestMillis) {
        if (podCpuRequestMillis <= 0) {
            return new NoDailyPattern("pods request no CPU, so no replica count follows from the load");
        }
        TreeMap<Instant, Double> totals = totals(usage);
        if (totals.isEmpty()) {
            return new NoDailyPattern("no CPU samples");
        }
        Duration span = Duration.between(totals.firstKey(), totals.lastKey());
        double days = span.toSeconds() / 86_400.0;
        if (span.compareTo(MIN_HISTORY) < 0) {
            return new NoDailyPattern(String.format(Locale.ROOT,
                    "a daily pattern needs at least %d days of samples, there are %.1f", MIN_HISTORY.toDays(), days));
        }
        List<List<Double>> byHour = byHour(totals);
        for (int h = 0; h < 24; h++) {
            if (byHour.get(h).isEmpty()) {
                return new NoDailyPattern(String.format(Locale.ROOT, "no samples between %02d:00 and %02d:00 UTC", h, h + 1));
            }
        }
        return fromHours(byHour, podCpuRequestMillis, days);
    }

    private ScheduleOutcome fromHours(List<List<Double>> byHour, long podCpuRequestMillis, double days) {
        List<Double> means = byHour.stream().map(v -> v.stream().mapToDouble(d -> d).average().orElseThrow()).toList();
        double peak = means.stream().mapToDouble(d -> d).max().orElseThrow();
        double trough = Math.max(MIN_TROUGH_MILLIS, means.stream().mapToDouble(d -> d).min().orElseThrow());
        double factor = peak / trough;
        if (factor < PATTERN_FACTOR) {
            return new NoDailyPattern(String.format(Locale.ROOT, "the busiest hour's mean CPU is %.2f times the "
                    + "quietest hour's, below the %.1f a daily pattern needs", factor, PATTERN_FACTOR));
        }
        List<HourRange> ranges = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            append(ranges, new HourRange(h, h + 1, replicas(byHour.get(h), podCpuRequestMillis)));
        }
        return new ReplicaSchedule(ranges, means, factor, days);
    }

    /** Adds one hour, extending the previous range when it runs the same replicas. */
    private static void append(List<HourRange> ranges, HourRange hour) {
        int last = ranges.size() - 1;
        if (last >= 0 && ranges.get(last).replicas() == hour.replicas()) {
            ranges.set(last, new HourRange(ranges.get(last).fromHour(), hour.toHour(), hour.replicas()));
        } else {
            ranges.add(hour);
        }
    }

    private int replicas(List<Double> totals, long podCpuRequestMillis) {
        List<Double> sorted = totals.stream().sorted().toList();
        // nearest rank: the smallest value with at least PERCENTILE of the samples at or below it
        double p = sorted.get((int) Math.ceil(PERCENTILE * sorted.size()) - 1);
        return (int) Math.max(1, Math.ceil(p * (1 + safetyMargin) / podCpuRequestMillis));
    }

    private static TreeMap<Instant, Double> totals(WorkloadUsage usage) {
        TreeMap<Instant, Double> totals = new TreeMap<>();
        for (CpuSample s : usage.cpu()) {
            totals.merge(s.at(), s.millicores(), Double::sum);
        }
        return totals;
    }

    private static List<List<Double>> byHour(Map<Instant, Double> totals) {
        List<List<Double>> byHour = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            byHour.add(new ArrayList<>());
        }
        totals.forEach((at, total) -> byHour.get(at.atZone(ZoneOffset.UTC).getHour()).add(total));
        return byHour;
    }
}
