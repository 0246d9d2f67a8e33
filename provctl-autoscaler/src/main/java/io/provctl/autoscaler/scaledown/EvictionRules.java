package io.provctl.autoscaler.scaledown;

import io.provctl.autoscaler.model.PdbInfo;
import io.provctl.autoscaler.model.PodInfo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a pod may be evicted to remove its node. The annotation safe-to-evict "true" waives the rules
 * about local storage, controllers and kube-system, as in the cluster-autoscaler; it never waives a PDB.
 */
public final class EvictionRules {

    private EvictionRules() {
    }

    /**
     * The first rule the pod breaks. {@code disruptionsLeft} is what each PDB (by key) still allows in this
     * pass, after the evictions already planned.
     */
    public static Optional<BlockReason> blocker(PodInfo pod, List<PdbInfo> pdbs, Map<String, Integer> disruptionsLeft) {
        Optional<String> safeToEvict = pod.annotation(PodInfo.SAFE_TO_EVICT);
        if (safeToEvict.filter("false"::equals).isPresent()) {
            return Optional.of(BlockReason.SAFE_TO_EVICT_FALSE);
        }
        List<PdbInfo> covering = pdbs.stream().filter(b -> b.covers(pod)).toList();
        for (PdbInfo b : covering) {
            if (disruptionsLeft.getOrDefault(b.key(), b.disruptionsAllowed()) < 1) {
                return Optional.of(BlockReason.PDB);
            }
        }
        if (safeToEvict.filter("true"::equals).isPresent()) {
            return Optional.empty();
        }
        if (pod.namespace().equals("kube-system") && covering.isEmpty()) {
            return Optional.of(BlockReason.KUBE_SYSTEM);
        }
        if (pod.ownerKind().isEmpty()) {
            return Optional.of(BlockReason.NOT_REPLICATED);
        }
        if (pod.volumes().stream().anyMatch(v -> v.isLocal())) {
            return Optional.of(BlockReason.LOCAL_STORAGE);
        }
        return Optional.empty();
    }

    public static String describe(BlockReason reason, PodInfo pod) {
        return switch (reason) {
            case SAFE_TO_EVICT_FALSE -> pod.key() + " is annotated " + PodInfo.SAFE_TO_EVICT + ": \"false\"";
            case PDB -> "a PodDisruptionBudget covering " + pod.key() + " allows no more disruptions";
            case KUBE_SYSTEM -> pod.key() + " runs in kube-system and no PodDisruptionBudget covers it";
            case NOT_REPLICATED -> pod.key() + " has no controller to recreate it";
            case LOCAL_STORAGE -> pod.key() + " uses local storage (emptyDir or hostPath)";
            case NO_PLACE -> pod.key() + " fits on none of the remaining nodes";
            default -> reason.code();
        };
    }
}
