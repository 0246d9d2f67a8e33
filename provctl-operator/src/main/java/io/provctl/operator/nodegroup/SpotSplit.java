package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return assign(names, Set.of(), existing, existingSpot, spot);
    }

    /**
     * As {@link #assign(List, int, int, SpotConfig)}, but the nodes named in {@code onDemand} (made for pods
     * that do not tolerate the spot taint) are on-demand whatever the split allows. They still count toward
     * the group's size, so the others are split as if they already existed: 3 new nodes of which 1 must be
     * on-demand, in an empty group at 80 %, are 2 spot and 1 on-demand, and 3 of which all must be on-demand
     * are 3 on-demand.
     */
    public static Map<String, CapacityTypeName> assign(List<String> names, Set<String> onDemand, int existing,
                                                       int existingSpot, SpotConfig spot) {
        List<String> free = names.stream().filter(n -> !onDemand.contains(n)).toList();
        int forced = names.size() - free.size();
        int spotCount = enabled(spot)
                ? spotCount(existing + forced, existingSpot, free.size(), maxSpotPercentage(spot)) : 0;
        Map<String, CapacityTypeName> out = new LinkedHashMap<>();
        int spotGiven = 0;
        for (String name : names) {
            boolean spotNode = !onDemand.contains(name) && spotGiven < spotCount;
            out.put(name, spotNode ? CapacityTypeName.SPOT : CapacityTypeName.ON_DEMAND);
            spotGiven += spotNode ? 1 : 0;
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
