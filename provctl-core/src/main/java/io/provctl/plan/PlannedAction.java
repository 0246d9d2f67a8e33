package io.provctl.plan;

import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One action of a plan. {@code before} is the recorded resource (absent for a create), {@code after}
 * the desired one (absent for a delete). {@code reasons} says why a replacement is needed.
 * {@code monthlyCostDelta} is filled in by the cost engine when prices are known.
 */
public record PlannedAction(ResourceId id, ActionType type, Optional<RecordedResource> before,
                            Optional<Resource> after, List<AttributeChange> changes, List<String> reasons,
                            Optional<BigDecimal> monthlyCostDelta) {

    public PlannedAction {
        changes = List.copyOf(changes);
        reasons = List.copyOf(reasons);
    }

    public PlannedAction withMonthlyCostDelta(BigDecimal delta) {
        return new PlannedAction(id, type, before, after, changes, reasons, Optional.of(delta));
    }

    /** The provider that holds (or will hold) this resource. */
    public String provider() {
        return after.map(Resource::provider).orElseGet(() -> before.orElseThrow().provider());
    }
}
