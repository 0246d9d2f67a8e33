package io.provctl.cloud.local;

import io.provctl.catalog.InstanceShape;
import io.provctl.catalog.InstanceTypeCatalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generic instance types of the {@code local} provider itself, as a catalog so that validation
 * treats them like any provider's types. {@link #including} adds them to another catalog.
 */
public final class LocalInstanceTypes implements InstanceTypeCatalog {

    public static final String PROVIDER = "local";

    private static final Map<String, InstanceShape> SHAPES = shapes(
            shape("local.small", 2, 4),
            shape("local.medium", 4, 8),
            shape("local.large", 8, 16),
            shape("local.xlarge", 16, 32));

    @Override
    public Set<String> instanceTypes(String provider) {
        return PROVIDER.equals(provider) ? SHAPES.keySet() : Set.of();
    }

    @Override
    public Optional<InstanceShape> shape(String provider, String instanceType) {
        return PROVIDER.equals(provider) ? Optional.ofNullable(SHAPES.get(instanceType)) : Optional.empty();
    }

    @Override
    public Set<String> providers() {
        return Set.of(PROVIDER);
    }

    /** {@code other}, answering for the {@code local} provider from the built-in types. */
    public static InstanceTypeCatalog including(InstanceTypeCatalog other) {
        LocalInstanceTypes local = new LocalInstanceTypes();
        return new InstanceTypeCatalog() {
            @Override
            public Set<String> instanceTypes(String provider) {
                return PROVIDER.equals(provider) ? local.instanceTypes(provider) : other.instanceTypes(provider);
            }

            @Override
            public Optional<InstanceShape> shape(String provider, String instanceType) {
                return PROVIDER.equals(provider) ? local.shape(provider, instanceType)
                        : other.shape(provider, instanceType);
            }

            @Override
            public Set<String> providers() {
                Set<String> all = new java.util.TreeSet<>(other.providers());
                all.add(PROVIDER);
                return all;
            }
        };
    }

    private static InstanceShape shape(String type, int vcpu, int memoryGib) {
        return new InstanceShape(PROVIDER, type, vcpu, BigDecimal.valueOf(memoryGib));
    }

    private static Map<String, InstanceShape> shapes(InstanceShape... shapes) {
        Map<String, InstanceShape> out = new TreeMap<>();
        for (InstanceShape s : shapes) {
            out.put(s.instanceType(), s);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
