package io.provctl.cost.estimate;

import java.math.BigDecimal;

/** What an autoscaling pool costs a month at its minimum and at its maximum size. */
public record CostRange(int minSize, BigDecimal monthlyAtMin, int maxSize, BigDecimal monthlyAtMax) {
}
