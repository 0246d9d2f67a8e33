package io.provctl.cost.estimate;

import io.provctl.cost.pricing.Skus;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NAT gateways (one per availability zone by default, or one per network) and the load balancers the
 * control plane config asks for with {@code load_balancers = N}. Data processed and transferred is not
 * estimated, and the estimate says so.
 */
final class NetworkPricer {

    Optional<ResourceCost> price(ClusterSpec c, EstimateContext ctx) {
        ctx.assumptions.add("Data transfer, NAT data processing and load balancers created by Kubernetes"
                + " Services are not estimated.");
        ResourceId id = ResourceId.network(c.name());
        List<CostLine> lines = new ArrayList<>();
        if (c.network().natGateway()) {
            lines.add(ctx.line(id, c.provider(), c.region(), "NAT gateway", Skus.NAT_GATEWAY,
                    BigDecimal.valueOf(natCount(c, ctx)), "gateways"));
        }
        int lbs = loadBalancers(c);
        if (lbs > 0) {
            lines.add(ctx.line(id, c.provider(), c.region(), "load balancer", Skus.LOAD_BALANCER,
                    BigDecimal.valueOf(lbs), "load balancers"));
        }
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new ResourceCost(id, c.provider(), c.region(), lines, Optional.empty()));
    }

    private static int natCount(ClusterSpec c, EstimateContext ctx) {
        if (ctx.options.natGateways() == EstimateOptions.NatGateways.ONE_PER_NETWORK) {
            ctx.assumptions.add("One NAT gateway per network, shared by all availability zones.");
            return 1;
        }
        ctx.assumptions.add("One NAT gateway per availability zone (the highly available layout).");
        return Math.max(1, c.network().availabilityZones().size());
    }

    private static int loadBalancers(ClusterSpec c) {
        Object v = c.controlPlane().config().get("load_balancers");
        return v instanceof BigDecimal d ? d.intValue() : 0;
    }
}
