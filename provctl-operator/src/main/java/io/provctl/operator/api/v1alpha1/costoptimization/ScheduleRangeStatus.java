package io.provctl.operator.api.v1alpha1.costoptimization;

/** Replicas to run from {@code fromHour} (inclusive) to {@code toHour} (exclusive), hours of the day in UTC. */
public class ScheduleRangeStatus {

    private int fromHour;
    private int toHour;
    private int replicas;

    public ScheduleRangeStatus() {
    }

    public ScheduleRangeStatus(int fromHour, int toHour, int replicas) {
        this.fromHour = fromHour;
        this.toHour = toHour;
        this.replicas = replicas;
    }

    public int getFromHour() {
        return fromHour;
    }

    public void setFromHour(int fromHour) {
        this.fromHour = fromHour;
    }

    public int getToHour() {
        return toHour;
    }

    public void setToHour(int toHour) {
        this.toHour = toHour;
    }

    public int getReplicas() {
        return replicas;
    }

    public void setReplicas(int replicas) {
        this.replicas = replicas;
    }
}
