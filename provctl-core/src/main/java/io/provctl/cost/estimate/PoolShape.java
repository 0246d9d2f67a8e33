package io.provctl.cost.estimate;

import io.provctl.model.PoolSpec;

import java.math.BigDecimal;

/**
 * How a pool of a given size splits between on-demand and spot nodes. A spot pool runs every node on
 * spot except {@code on_demand_base} nodes (pool config) kept on demand, as EC2 fleets and AKS allow.
 */
public record PoolShape(int onDemandNodes, int spotNodes) {

    public static PoolShape of(PoolSpec pool, int size) {
        if (!pool.spot().enabled()) {
            return new PoolShape(size, 0);
        }
        int base = Math.min(size, onDemandBase(pool));
        return new PoolShape(base, size - base);
    }

    public static int onDemandBase(PoolSpec pool) {
        Object v = pool.config().get("on_demand_base");
        return v instanceof BigDecimal d ? Math.max(0, d.intValue()) : 0;
    }

    /** Root volume size of the pool's nodes: {@code disk_size_gb} in its config, else the default. */
    public static int diskGb(PoolSpec pool, int defaultGb) {
        Object v = pool.config().get("disk_size_gb");
        return v instanceof BigDecimal d ? d.intValue() : defaultGb;
    }

    public int total() {
        return onDemandNodes + spotNodes;
    }
}
