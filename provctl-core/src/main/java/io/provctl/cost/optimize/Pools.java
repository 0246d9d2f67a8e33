package io.provctl.cost.optimize;

import io.provctl.model.PoolSpec;
import io.provctl.model.SpotSpec;

/** Copies of a pool with one thing changed (records have no withers). */
final class Pools {

    private Pools() {
    }

    static PoolSpec withInstanceType(PoolSpec p, String type) {
        return new PoolSpec(p.name(), type, p.minSize(), p.maxSize(), p.desiredSize(), p.spot(), p.labels(),
                p.taints(), p.config(), p.position());
    }

    static PoolSpec withSizes(PoolSpec p, int min, int max, int desired) {
        return new PoolSpec(p.name(), p.instanceType(), min, max, desired, p.spot(), p.labels(), p.taints(),
                p.config(), p.position());
    }

    static PoolSpec withSpot(PoolSpec p, SpotSpec spot) {
        return new PoolSpec(p.name(), p.instanceType(), p.minSize(), p.maxSize(), p.desiredSize(), spot, p.labels(),
                p.taints(), p.config(), p.position());
    }
}
