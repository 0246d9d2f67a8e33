package io.provctl.plan;

import io.provctl.model.DesiredState;
import io.provctl.model.ResourceId;
import io.provctl.store.StateView;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resources a {@code --target} list reaches: each target, what lies under it (a cluster address
 * takes its network, control plane and pools, as a Terraform module address takes its contents) and
 * everything those depend on.
 */
final class TargetScope {

    private TargetScope() {
    }

    static Set<ResourceId> of(Iterable<ResourceId> targets, DesiredState desired, StateView current) {
        Set<ResourceId> known = new TreeSet<>(desired.resources().keySet());
        known.addAll(current.resources().keySet());
        Set<ResourceId> scope = new HashSet<>();
        for (ResourceId target : targets) {
            Set<ResourceId> matched = new HashSet<>();
            known.stream().filter(id -> id.isWithin(target)).forEach(matched::add);
            if (matched.isEmpty()) {
                throw new PlanException("--target " + target + " matches no resource in the configuration or the state");
            }
            scope.addAll(matched);
        }
        for (ResourceId id : Set.copyOf(scope)) {
            Optional<ResourceId> dep = id.dependency();
            while (dep.isPresent()) {
                scope.add(dep.get());
                dep = dep.get().dependency();
            }
        }
        return scope;
    }
}
