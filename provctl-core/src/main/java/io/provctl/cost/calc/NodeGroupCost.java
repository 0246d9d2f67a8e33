package io.provctl.cost.calc;

import java.math.BigDecimal;

/** What a group of identical nodes costs per hour, per day (24 hours) and per billing month. */
public record NodeGroupCost(String provider, String region, String instanceType, int nodes, boolean spot,
                            BigDecimal hourly, BigDecimal daily, BigDecimal monthly, boolean spotAssumed) {
}
