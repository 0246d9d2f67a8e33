package io.provctl.cloud.vpsie;

import io.provctl.model.Resource;
import io.provctl.provider.ProviderException;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Reads what a provctl resource asks of VPSie, and refuses what VPSie's API cannot do, saying so.
 * Pure functions of the desired attributes.
 */
final class VpsieMapping {

    /** Control plane types provctl can build from VMs; VPSie's managed clusters have no create endpoint. */
    static final Set<String> SELF_MANAGED = Set.of("self-managed", "kubeadm");

    private VpsieMapping() {
    }

    static SortedMap<String, Object> checkNetwork(Resource r) {
        if (Boolean.TRUE.equals(r.attributes().get("private_cluster"))) {
            throw unsupported(r, "private_cluster = true (VPSie VMs get public addresses; the API has no private"
                    + " network endpoint)");
        }
        if (Boolean.TRUE.equals(r.attributes().get("nat_gateway"))) {
            throw unsupported(r, "nat_gateway = true (the API has no NAT gateway)");
        }
        return r.attributes();
    }

    static int controlPlaneNodes(Resource r) {
        Object type = r.attributes().getOrDefault("type", "managed");
        if (!SELF_MANAGED.contains(String.valueOf(type))) {
            throw unsupported(r, "control_plane type \"" + type + "\" (the API cannot create a managed cluster);"
                    + " use type = \"self-managed\" for control plane VMs");
        }
        return Boolean.TRUE.equals(r.attributes().get("ha")) ? 3 : 1;
    }

    /** {@code config.instance_type} of a control plane, when given. */
    static Optional<String> controlPlaneType(Resource r) {
        return config(r, "instance_type");
    }

    static int poolNodes(Resource r) {
        if (Boolean.TRUE.equals(r.attributes().get("spot_enabled"))) {
            throw unsupported(r, "spot instances (VPSie sells on-demand VMs only)");
        }
        Object size = r.attributes().get("desired_size");
        return size instanceof BigDecimal d ? d.intValueExact() : 0;
    }

    static String instanceType(Resource r) {
        return String.valueOf(r.attributes().get("instance_type"));
    }

    /** {@code config.image}: the OS image by name or ID; empty means the default Ubuntu. */
    static String image(Resource r) {
        return config(r, "image").orElse("");
    }

    private static Optional<String> config(Resource r, String key) {
        return r.attributes().get("config") instanceof java.util.Map<?, ?> m && m.get(key) != null
                ? Optional.of(String.valueOf(m.get(key))) : Optional.empty();
    }

    private static ProviderException unsupported(Resource r, String what) {
        return ProviderException.invalid(r.id() + ": not supported on VPSie: " + what);
    }
}
