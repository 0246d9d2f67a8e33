package io.provctl.cost.diff;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.Optional;

/** One resource's monthly cost before and after a change; absent means the resource does not exist. */
public record ResourceDelta(ResourceId id, Optional<BigDecimal> before, Optional<BigDecimal> after) {

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    public BigDecimal delta() {
        return after.orElse(BigDecimal.ZERO).subtract(before.orElse(BigDecimal.ZERO));
    }

    public Change change() {
        if (before.isEmpty()) {
            return Change.ADDED;
        }
        if (after.isEmpty()) {
            return Change.REMOVED;
        }
        return before.get().compareTo(after.get()) == 0 ? Change.UNCHANGED : Change.CHANGED;
    }
}
