package io.provctl.catalog;

import java.math.BigDecimal;

/** The size of one instance type of one provider: vCPUs and memory in GiB. */
public record InstanceShape(String provider, String instanceType, int vcpu, BigDecimal memoryGib) {
}
