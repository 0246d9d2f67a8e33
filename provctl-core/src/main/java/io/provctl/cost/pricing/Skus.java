package io.provctl.cost.pricing;

import java.util.Map;
import java.util.Optional;

/**
 * The catalog SKUs provctl uses for what is not an instance type: control plane fees, NAT gateways,
 * load balancers and the block storage a node's root volume is billed as.
 */
public final class Skus {

    public static final String NAT_GATEWAY = "nat-gateway-hour";
    public static final String LOAD_BALANCER = "load-balancer-hour";

    private static final Map<String, String> CONTROL_PLANE = Map.of(
            "aws", "eks-control-plane-standard",
            "gcp", "gke-cluster-management-fee",
            "azure", "aks-control-plane-free-tier");
    private static final Map<String, String> ROOT_VOLUME = Map.of(
            "aws", "ebs-gp3-storage",
            "gcp", "pd-balanced-storage",
            "azure", "managed-disk-premium-ssd-storage",
            "vpsie", "block-storage");
    /** Providers whose instance price already includes the node's disk (VPSie plans; the free local cloud). */
    private static final java.util.Set<String> DISK_INCLUDED = java.util.Set.of("vpsie", "local");

    private Skus() {
    }

    /**
     * The managed control plane fee SKU. AKS is free unless its config asks for {@code sku_tier =
     * "standard"}; GKE charges the management fee per cluster.
     */
    public static Optional<String> controlPlane(String provider, Map<String, Object> config) {
        if (provider.equals("azure") && "standard".equalsIgnoreCase(String.valueOf(config.get("sku_tier")))) {
            return Optional.of("aks-control-plane-standard-tier");
        }
        return Optional.ofNullable(CONTROL_PLANE.get(provider));
    }

    /** Whether a node's root disk comes with its instance price rather than as separate block storage. */
    public static boolean rootVolumeIncluded(String provider) {
        return DISK_INCLUDED.contains(provider);
    }

    /** The block storage SKU root volumes are billed as (priced per GB-month). */
    public static Optional<String> rootVolume(String provider) {
        return Optional.ofNullable(ROOT_VOLUME.get(provider));
    }
}
