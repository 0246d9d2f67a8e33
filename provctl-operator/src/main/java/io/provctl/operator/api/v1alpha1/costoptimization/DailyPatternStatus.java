package io.provctl.operator.api.v1alpha1.costoptimization;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The daily pattern a SCHEDULED_SCALING schedule comes from: the total CPU of all pods per hour of
 * the day (UTC), summed up by its busiest and quietest hours.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DailyPatternStatus {

    /** The hour of the day (UTC, 0-23) with the highest mean total CPU. */
    private Integer peakHour;
    /** That hour's mean total CPU of all pods, as a quantity (e.g. "1600m"). */
    private String peakCpu;
    /** The hour of the day (UTC, 0-23) with the lowest mean total CPU. */
    private Integer troughHour;
    private String troughCpu;
    /** The peak hour's mean over the trough hour's, two decimals. */
    private Double peakToTroughFactor;
    /** The span of the history the pattern was seen in, one decimal. */
    private Double historyDays;

    public Integer getPeakHour() {
        return peakHour;
    }

    public void setPeakHour(Integer peakHour) {
        this.peakHour = peakHour;
    }

    public String getPeakCpu() {
        return peakCpu;
    }

    public void setPeakCpu(String peakCpu) {
        this.peakCpu = peakCpu;
    }

    public Integer getTroughHour() {
        return troughHour;
    }

    public void setTroughHour(Integer troughHour) {
        this.troughHour = troughHour;
    }

    public String getTroughCpu() {
        return troughCpu;
    }

    public void setTroughCpu(String troughCpu) {
        this.troughCpu = troughCpu;
    }

    public Double getPeakToTroughFactor() {
        return peakToTroughFactor;
    }

    public void setPeakToTroughFactor(Double peakToTroughFactor) {
        this.peakToTroughFactor = peakToTroughFactor;
    }

    public Double getHistoryDays() {
        return historyDays;
    }

    public void setHistoryDays(Double historyDays) {
        this.historyDays = historyDays;
    }
}
