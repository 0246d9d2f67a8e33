package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the ManagedNodes a scale-up creates are spot. With {@code spec.spotConfig.enabled} the group holds at
 * most {@code floor(size x maxSpotPercentage / 100)} spot nodes, {@code size} being its active nodes once
 * the new ones exist: the spot members it has (by the capacity their VM got, else the one they asked for)
 * count first, the new nodes fill what is left in order, and the rest are on-demand. Rounding down keeps
 * the share at or under the limit at every size: 5 nodes at 60 % are 3 spot, 1 node at 80 % is on-demand.
 * Pure.
 */
public final class SpotSplit {

    /** spec.spotConfig.maxSpotPercentage when the resource omits it (the CRD's default). */
    public static final int DEFAULT_MAX_SPOT_PERCENTAGE = 80;

    private SpotSplit() {
    }

    /**
     * How many of {@code added} new nodes are spot, in a group that keeps {@code existing} active nodes of
     * which {@code existingSpot} are spot.
     */
    public static int spotCount(int existing, int existingSpot, int added, int maxSpotPercentage) {
        int percentage = Math.max(0, Math.min(100, maxSpotPercentage));
        int allowed = (existing + added) * percentage / 100;
        return Math.max(0, Math.min(added, allowed - existingSpot));
    }

    /** The capacity type of each new node by name, in the order given; all on-demand unless spot is enabled. */
    public static Map<String, CapacityTypeName> assign(List<String> names, int existing, int existingSpot,
                                                       SpotConfig spot) {
        int spotCount = enabled(spot) ? spotCount(existing, existingSpot, names.size(), maxSpotPercentage(spot)) : 0;
        Map<String, CapacityTypeName> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, out.size() < spotCount ? CapacityTypeName.SPOT : CapacityTypeName.ON_DEMAND);
        }
        return out;
    }

    public static boolean enabled(SpotConfig spot) {
        return spot != null && Boolean.TRUE.equals(spot.getEnabled());
    }

    static int maxSpotPercentage(SpotConfig spot) {
        return Optional.ofNullable(spot.getMaxSpotPercentage()).orElse(DEFAULT_MAX_SPOT_PERCENTAGE);
    }

    /** spec.spotConfig.fallbackToOnDemand, true when omitted (the CRD's default). */
    public static boolean fallbackToOnDemand(SpotConfig spot) {
        return spot == null || !Boolean.FALSE.equals(spot.getFallbackToOnDemand());
    }
}
