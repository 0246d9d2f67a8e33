package io.provctl.cost.pricing;

import io.provctl.catalog.InstanceShape;
import io.provctl.catalog.InstanceTypeCatalog;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The instance types a price source knows, with their shapes: what {@code validate} checks pools against. */
public final class CatalogInstanceTypes implements InstanceTypeCatalog {

    private final Map<String, Map<String, InstanceShape>> shapes;

    public CatalogInstanceTypes(PriceSource source) {
        Map<String, Map<String, InstanceShape>> m = new TreeMap<>();
        for (PriceRow r : source.rows()) {
            if (r.isInstanceType()) {
                m.computeIfAbsent(r.provider(), k -> new TreeMap<>()).putIfAbsent(r.sku(),
                        new InstanceShape(r.provider(), r.sku(), r.vcpu().orElseThrow(), r.memoryGib().orElseThrow()));
            }
        }
        this.shapes = m;
    }

    @Override
    public Set<String> instanceTypes(String provider) {
        Map<String, InstanceShape> p = shapes.get(provider.toLowerCase(Locale.ROOT));
        return p == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(p.keySet()));
    }

    @Override
    public Optional<InstanceShape> shape(String provider, String instanceType) {
        Map<String, InstanceShape> p = shapes.get(provider.toLowerCase(Locale.ROOT));
        return p == null ? Optional.empty() : Optional.ofNullable(p.get(instanceType));
    }

    @Override
    public Set<String> providers() {
        return Collections.unmodifiableSet(new TreeSet<>(shapes.keySet()));
    }
}
