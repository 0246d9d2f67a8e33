package io.provctl.rightsizing;

import java.util.List;

/** A risk level with the rules that set it, in the order they applied. */
public record RiskAssessment(RiskLevel level, List<String> reasons) {

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }
}
