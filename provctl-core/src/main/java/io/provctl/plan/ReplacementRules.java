package io.provctl.plan;

import io.provctl.model.ResourceKind;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which attribute changes a provider cannot make in place. The same rules hold for every provider:
 * a VPC's CIDR, a node group's instance type or capacity type, and the location of anything are fixed
 * at creation in EKS, AKS and GKE alike. A Kubernetes version can go up in place but never down.
 */
public final class ReplacementRules {

    private static final Map<ResourceKind, Set<String>> FIXED = Map.of(
            ResourceKind.NETWORK, Set.of("vpc_cidr", "availability_zones", "private_cluster"),
            ResourceKind.CLUSTER, Set.of(),
            ResourceKind.CONTROL_PLANE, Set.of("type"),
            ResourceKind.NODE_POOL, Set.of("instance_type", "spot_enabled"));

    private ReplacementRules() {
    }

    /** Whether changing {@code attribute} from {@code before} to {@code after} forces a replacement. */
    public static boolean forcesReplacement(ResourceKind kind, String attribute, Optional<Object> before,
                                     Optional<Object> after) {
        if (attribute.equals("provider") || attribute.equals("region")) {
            return true;
        }
        if (kind == ResourceKind.CONTROL_PLANE && attribute.equals("version")) {
            return isDowngrade(before, after);
        }
        return FIXED.get(kind).contains(attribute);
    }

    private static boolean isDowngrade(Optional<Object> before, Optional<Object> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        return KubernetesVersion.compare(String.valueOf(after.get()), String.valueOf(before.get())) < 0;
    }
}
