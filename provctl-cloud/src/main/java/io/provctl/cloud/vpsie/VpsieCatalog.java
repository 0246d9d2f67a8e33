package io.provctl.cloud.vpsie;

import io.provctl.model.ResourceId;
import io.provctl.provider.ProviderException;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Datacenters, offerings and images (an {@code id} names what asks, for messages: an address or a VM), read once per adapter (one command run) and used to turn a
 * provctl region and instance type into VPSie IDs, with messages that list what VPSie does offer.
 */
final class VpsieCatalog {

    private final Memo<List<VpsieDatacenter>> datacenters;
    private final Memo<List<VpsieOffering>> offerings;
    private final Memo<List<VpsieImage>> images;

    VpsieCatalog(VpsieClient client) {
        this.datacenters = new Memo<>(client::datacenters);
        this.offerings = new Memo<>(client::offerings);
        this.images = new Memo<>(client::images);
    }

    VpsieDatacenter datacenter(Object id, String region) {
        return datacenters.get().stream().filter(d -> d.available() && d.isCalled(region)).findFirst()
                .orElseThrow(() -> ProviderException.invalid(id + ": VPSie has no available datacenter \"" + region
                        + "\" (datacenters: " + String.join(", ", datacenters.get().stream()
                        .filter(VpsieDatacenter::available).map(VpsieDatacenter::region).toList()) + ")"));
    }

    VpsieOffering offering(Object id, VpsieDatacenter dc, String instanceType) {
        return OfferingChoice.named(offerings.get(), dc.id(), instanceType)
                .orElseThrow(() -> ProviderException.invalid(id + ": VPSie sells no offering \"" + instanceType
                        + "\" in " + dc.region() + " (offerings: " + String.join(", ", offerings.get().stream()
                        .filter(o -> o.soldIn(dc.id())).map(VpsieOffering::name).toList()) + ")"));
    }

    VpsieOffering cheapest(ResourceId id, VpsieDatacenter dc, int cpu, int ramMb) {
        return OfferingChoice.cheapestFitting(offerings.get(), dc.id(), cpu, ramMb)
                .orElseThrow(() -> ProviderException.capacity(id + ": VPSie sells no offering with " + cpu
                        + " vCPUs and " + ramMb + " MB in " + dc.region()));
    }

    VpsieOffering offeringById(String offeringId) {
        return offerings.get().stream().filter(o -> o.id().equals(offeringId)).findFirst()
                .orElse(new VpsieOffering(offeringId, offeringId, 0, 0, 0, null, null, false, "", ""));
    }

    /** The image named in {@code config.image} (name or ID), or the first available Ubuntu. */
    VpsieImage image(Object id, String wanted) {
        List<VpsieImage> available = images.get().stream().filter(VpsieImage::available).toList();
        if (!wanted.isEmpty()) {
            return available.stream().filter(i -> i.id().equals(wanted) || i.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> ProviderException.invalid(id + ": VPSie has no available image \"" + wanted
                            + "\""));
        }
        return available.stream().filter(i -> (i.distribution() + " " + i.name()).toLowerCase(Locale.ROOT)
                        .contains("ubuntu")).findFirst()
                .or(() -> available.stream().findFirst())
                .orElseThrow(() -> ProviderException.invalid(id + ": VPSie offers no available image"));
    }

    /** A value computed on first use and kept; failures are not kept, so the next use tries again. */
    private static final class Memo<T> {
        private final Supplier<T> source;
        private volatile T value;

        Memo(Supplier<T> source) {
            this.source = source;
        }

        T get() {
            T v = value;
            if (v == null) {
                v = source.get();
                value = v;
            }
            return v;
        }
    }
}
