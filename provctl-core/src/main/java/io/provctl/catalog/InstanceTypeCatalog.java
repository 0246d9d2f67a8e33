package io.provctl.catalog;

import java.util.Optional;
import java.util.Set;

/**
 * Which instance types each provider offers, with their shapes, known without a cloud call. Used by
 * {@code provctl validate} (unknown instance type) and by the local cloud standing in for a provider.
 */
public interface InstanceTypeCatalog {

    /** The instance types known for {@code provider} (any region); empty when the provider is unknown. */
    Set<String> instanceTypes(String provider);

    /** The shape of one instance type, if known. */
    Optional<InstanceShape> shape(String provider, String instanceType);

    /** The providers this catalog knows. */
    Set<String> providers();
}
