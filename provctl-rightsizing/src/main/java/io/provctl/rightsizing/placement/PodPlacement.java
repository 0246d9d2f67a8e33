package io.provctl.rightsizing.placement;

import java.util.List;

/**
 * The part of a pod template a spot change touches: its tolerations and its preferred node affinity.
 * An empty list and an absent field are the same thing here, as they are to the API server (it omits
 * empty lists). Required node affinity and pod (anti-)affinity are not part of it: provctl never
 * changes them.
 */
public record PodPlacement(List<Toleration> tolerations, List<PreferredSchedulingTerm> preferredNodeAffinity) {

    public PodPlacement {
        tolerations = List.copyOf(tolerations);
        preferredNodeAffinity = List.copyOf(preferredNodeAffinity);
    }

    public static PodPlacement none() {
        return new PodPlacement(List.of(), List.of());
    }

    public boolean toleratesSpot() {
        return tolerations.stream().anyMatch(t -> t.tolerates(SpotNodes.TAINT_KEY, SpotNodes.TAINT_VALUE,
                SpotNodes.TAINT_EFFECT));
    }

    public boolean prefersSpot() {
        return preferredNodeAffinity.stream().anyMatch(p -> p.prefers(SpotNodes.LABEL_KEY, SpotNodes.LABEL_VALUE));
    }

    /**
     * This placement with the spot toleration and the spot preference added, each only when missing:
     * what is there stays, in its order, so nothing the owner wrote is lost.
     */
    public PodPlacement withSpot() {
        List<Toleration> t = toleratesSpot() ? tolerations
                : concat(tolerations, SpotNodes.toleration());
        List<PreferredSchedulingTerm> p = prefersSpot() ? preferredNodeAffinity
                : concat(preferredNodeAffinity, SpotNodes.preference());
        return new PodPlacement(t, p);
    }

    private static <T> List<T> concat(List<T> list, T item) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item)).toList();
    }
}
