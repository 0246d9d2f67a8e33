package io.provctl.rightsizing.schedule;

/** A replica schedule from a daily usage pattern, or why there is none. */
public sealed interface ScheduleOutcome permits ReplicaSchedule, NoDailyPattern {
}
