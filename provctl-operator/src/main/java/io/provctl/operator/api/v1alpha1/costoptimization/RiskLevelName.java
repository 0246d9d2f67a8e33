package io.provctl.operator.api.v1alpha1.costoptimization;

import io.provctl.rightsizing.RiskLevel;

/** spec.maxRiskLevel and the risk of a recommendation, in increasing order. */
public enum RiskLevelName {
    LOW, MEDIUM, HIGH, CRITICAL;

    public RiskLevel toDomain() {
        return RiskLevel.valueOf(name());
    }
}
