package io.provctl.cost.estimate;

import io.provctl.model.ResourceId;

/** {@code cost estimate} met an instance type with no known price; the message says which and where. */
public class UnknownPriceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ResourceId pool;

    public UnknownPriceException(ResourceId pool, String provider, String region, String instanceType) {
        super("no price for instance type " + instanceType + " in " + provider + "/" + region + " (pool " + pool
                + "); add a row to a pricing file (--pricing FILE or pricing { file = \"...\" })");
        this.pool = pool;
    }

    public ResourceId pool() {
        return pool;
    }
}
