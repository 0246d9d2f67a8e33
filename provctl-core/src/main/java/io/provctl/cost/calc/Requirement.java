package io.provctl.cost.calc;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one node must offer: at least {@code vcpu} vCPUs and {@code memoryGib} GiB, a root disk of
 * {@code diskGb} GB, in {@code region} (of {@code provider} when given), on spot if allowed.
 */
public record Requirement(int vcpu, BigDecimal memoryGib, int diskGb, String region, Optional<String> provider,
                          boolean spotAllowed) {

    public static Requirement of(int vcpu, int memoryGib, int diskGb, String region, boolean spotAllowed) {
        return new Requirement(vcpu, BigDecimal.valueOf(memoryGib), diskGb, region, Optional.empty(), spotAllowed);
    }

    public Requirement forProvider(String p) {
        return new Requirement(vcpu, memoryGib, diskGb, region, Optional.of(p), spotAllowed);
    }
}
