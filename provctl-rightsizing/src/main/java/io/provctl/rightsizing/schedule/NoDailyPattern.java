package io.provctl.rightsizing.schedule;

/** The usage shows no daily pattern worth a schedule, and why. */
public record NoDailyPattern(String reason) implements ScheduleOutcome {
}
