package io.provctl.config;

import io.provctl.catalog.InstanceShape;
import io.provctl.catalog.InstanceTypeCatalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A catalog that knows a handful of AWS and Azure types and nothing about other providers. */
final class FakeCatalog implements InstanceTypeCatalog {

    private final Map<String, Set<String>> types = Map.of(
            "aws", Set.of("t3.medium", "t3.large", "c5.2xlarge", "m5.large"),
            "azure", Set.of("Standard_D2s_v3", "Standard_D4s_v3", "Standard_F8s_v2"));

    @Override
    public Set<String> instanceTypes(String provider) {
        return types.getOrDefault(provider, Set.of());
    }

    @Override
    public Optional<InstanceShape> shape(String provider, String instanceType) {
        return instanceTypes(provider).contains(instanceType)
                ? Optional.of(new InstanceShape(provider, instanceType, 2, BigDecimal.valueOf(4)))
                : Optional.empty();
    }

    @Override
    public Set<String> providers() {
        return types.keySet();
    }
}
