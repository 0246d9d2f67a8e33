package io.provctl.rightsizing;

import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadRef;

import java.time.Duration;
import java.time.Instant;

/**
 * How much history an analysis reads, and the sampling step asked of the source. Steps keep a 30-day
 * query under Prometheus' 11,000 points per series while staying at the VPA's 1-minute resolution for
 * windows up to a week.
 */
public enum MetricsWindow {
    ONE_HOUR("1h", Duration.ofHours(1), Duration.ofMinutes(1)),
    ONE_DAY("24h", Duration.ofHours(24), Duration.ofMinutes(1)),
    SEVEN_DAYS("7d", Duration.ofDays(7), Duration.ofMinutes(1)),
    FOURTEEN_DAYS("14d", Duration.ofDays(14), Duration.ofMinutes(2)),
    THIRTY_DAYS("30d", Duration.ofDays(30), Duration.ofMinutes(5));

    private final String label;
    private final Duration length;
    private final Duration step;

    MetricsWindow(String label, Duration length, Duration step) {
        this.label = label;
        this.length = length;
        this.step = step;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    public Duration step() {
        return step;
    }

    /** The query for this window ending at {@code now}. */
    public UsageQuery queryFor(WorkloadRef workload, Instant now) {
        return new UsageQuery(workload, now.minus(length), now, step);
    }

    public static MetricsWindow parse(String text) {
        for (MetricsWindow w : values()) {
            if (w.label.equals(text.trim())) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown metrics window '" + text + "': expected 1h, 24h, 7d, 14d or 30d");
    }
}
