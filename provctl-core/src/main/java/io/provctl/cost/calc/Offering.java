package io.provctl.cost.calc;

import java.math.BigDecimal;

/**
 * One instance type that meets a requirement, with what a node of it costs a month: the instance
 * (on spot when allowed and cheaper) plus its disk.
 */
public record Offering(String provider, String region, String instanceType, int vcpu, BigDecimal memoryGib,
                       boolean spot, BigDecimal instanceMonthly, BigDecimal diskMonthly) {

    public BigDecimal monthly() {
        return instanceMonthly.add(diskMonthly);
    }
}
