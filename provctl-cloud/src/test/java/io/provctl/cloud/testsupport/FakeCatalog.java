package io.provctl.cloud.testsupport;

import io.provctl.catalog.InstanceShape;
import io.provctl.catalog.InstanceTypeCatalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The AWS types of original-aws.hcl plus one Azure type, enough to tell known from unknown. */
public final class FakeCatalog implements InstanceTypeCatalog {

    private final Map<String, Map<String, InstanceShape>> shapes = new TreeMap<>();

    public FakeCatalog() {
        add("aws", "t3.medium", 2, 4);
        add("aws", "t3.large", 2, 8);
        add("aws", "c5.2xlarge", 8, 16);
        add("azure", "Standard_D4s_v3", 4, 16);
    }

    private void add(String provider, String type, int vcpu, int memory) {
        shapes.computeIfAbsent(provider, p -> new TreeMap<>())
                .put(type, new InstanceShape(provider, type, vcpu, BigDecimal.valueOf(memory)));
    }

    @Override
    public Set<String> instanceTypes(String provider) {
        return shapes.getOrDefault(provider, Map.of()).keySet();
    }

    @Override
    public Optional<InstanceShape> shape(String provider, String instanceType) {
        return Optional.ofNullable(shapes.getOrDefault(provider, Map.of()).get(instanceType));
    }

    @Override
    public Set<String> providers() {
        return shapes.keySet();
    }
}
