package io.provctl.cloud.local;

import io.provctl.provider.ProviderException;

import java.math.BigDecimal;
import java.util.Map;

/** The instance type and sizes of a node pool, read from its attributes and checked like a cloud API would. */
record PoolSize(String instanceType, int minSize, int maxSize, int desiredSize) {

    static PoolSize of(String address, Map<String, Object> attributes) {
        PoolSize p = new PoolSize(text(address, attributes, "instance_type"), whole(address, attributes, "min_size"),
                whole(address, attributes, "max_size"), whole(address, attributes, "desired_size"));
        if (p.minSize < 0 || p.minSize > p.desiredSize || p.desiredSize > p.maxSize) {
            throw ProviderException.invalid(address + ": sizes must satisfy 0 <= min_size <= desired_size <= max_size,"
                    + " got min_size=" + p.minSize + ", desired_size=" + p.desiredSize + ", max_size=" + p.maxSize);
        }
        return p;
    }

    private static String text(String address, Map<String, Object> attributes, String name) {
        if (attributes.get(name) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw ProviderException.invalid(address + ": attribute " + name + " must be a non-empty string");
    }

    private static int whole(String address, Map<String, Object> attributes, String name) {
        if (attributes.get(name) instanceof BigDecimal d) {
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                // falls through to the message below
            }
        }
        throw ProviderException.invalid(address + ": attribute " + name + " must be a whole number, got "
                + attributes.getOrDefault(name, "nothing"));
    }
}
