package io.provctl.cli;

import io.provctl.catalog.InstanceShape;
import io.provctl.catalog.InstanceTypeCatalog;

import java.util.Optional;
import java.util.Set;

/** The catalogs shipped with provctl. */
final class Catalogs {

    private Catalogs() {
    }

    static InstanceTypeCatalog instanceTypes() {
        return new InstanceTypeCatalog() {
            @Override
            public Set<String> instanceTypes(String provider) {
                return Set.of();
            }

            @Override
            public Optional<InstanceShape> shape(String provider, String instanceType) {
                return Optional.empty();
            }

            @Override
            public Set<String> providers() {
                return Set.of();
            }
        };
    }
}
