package io.provctl.cost.estimate;

import io.provctl.cost.pricing.Skus;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The managed control plane fee (EKS, GKE per hour; AKS free tier unless {@code sku_tier = "standard"}). */
final class ControlPlanePricer {

    Optional<ResourceCost> price(ClusterSpec c, EstimateContext ctx) {
        if (!"managed".equalsIgnoreCase(c.controlPlane().type())) {
            ctx.assumptions.add("A self-hosted control plane has no fee of its own; its machines are not estimated.");
            return Optional.empty();
        }
        Optional<String> sku = Skus.controlPlane(c.provider(), c.controlPlane().config());
        if (sku.isEmpty()) {
            ctx.assumptions.add("No managed control plane fee is known for provider " + c.provider() + ".");
            return Optional.empty();
        }
        ResourceId id = ResourceId.controlPlane(c.name());
        CostLine line = ctx.line(id, c.provider(), c.region(), "control plane fee", sku.get(), BigDecimal.ONE,
                "hours");
        return Optional.of(new ResourceCost(id, c.provider(), c.region(), List.of(line), Optional.empty()));
    }
}
