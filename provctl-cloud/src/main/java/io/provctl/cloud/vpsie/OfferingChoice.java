package io.provctl.cloud.vpsie;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Pure choices among VPSie offerings, shared by the adapter and the autoscaler's offering choice. */
public final class OfferingChoice {

    private OfferingChoice() {
    }

    /** The offering an instance type names, by name or ID, among those sold in the datacenter. */
    public static Optional<VpsieOffering> named(Collection<VpsieOffering> offerings, String datacenterId,
                                                String instanceType) {
        return offerings.stream().filter(o -> o.soldIn(datacenterId))
                .filter(o -> o.name().equals(instanceType) || o.id().equals(instanceType))
                .findFirst();
    }

    /** The cheapest offering sold in the datacenter with at least {@code cpu} vCPUs and {@code ramMb} MB. */
    public static Optional<VpsieOffering> cheapestFitting(Collection<VpsieOffering> offerings, String datacenterId,
                                                          int cpu, int ramMb) {
        return offerings.stream().filter(o -> o.soldIn(datacenterId) && o.cpu() >= cpu && o.ram() >= ramMb)
                .min(Comparator.comparing(VpsieOffering::price).thenComparing(VpsieOffering::name));
    }
}
