package io.provctl.cost.optimize;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;

/**
 * One way to save: which resource, what to change, the monthly saving at desired size (negative when
 * the change costs more, as an upsize can), the risk and why.
 */
public record Opportunity(OpportunityKind kind, ResourceId resource, PoolChange change, BigDecimal monthlySavings,
                          Risk risk, String reason) {

    /** A stable id the CLI can take in {@code cost optimize --apply ID}. */
    public String id() {
        return kind.label() + ":" + resource.address();
    }
}
