package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.scheduling.Predicates;

import java.util.List;
import java.util.Map;

/**
 * Whether the nodes of a scale-up may be spot: only if every pod they are for tolerates the spot taint, by
 * the same taint predicate the scheduling simulation uses. A pod the decision names but the map does not hold
 * counts as not tolerating it, so an unknown pod never gets a spot node. Pure.
 */
public final class SpotTolerance {

    private SpotTolerance() {
    }

    /** {@code pods} are namespace/name keys, as in {@link ScaleUpEntry#pods()}. */
    public static boolean allTolerate(List<String> pods, Map<String, PodInfo> byKey, Taint spotTaint) {
        for (String key : pods) {
            PodInfo pod = byKey.get(key);
            if (pod == null || Predicates.taints(pod, List.of(spotTaint)).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
