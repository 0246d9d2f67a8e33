package io.provctl.cost.calc;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Monthly cost of one vCPU and one GiB of memory when bought as this instance type (the instance price
 * divided by its vCPUs, or by its GiB), and of one GB-month of its provider's root disk if priced.
 */
public record UnitCosts(String instanceType, BigDecimal perVcpuMonthly, BigDecimal perGibMonthly,
                        Optional<BigDecimal> perDiskGbMonthly) {
}
