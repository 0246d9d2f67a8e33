package io.provctl.rightsizing.placement;

import java.util.List;
import java.util.OptionalLong;

/**
 * How provctl recognises spot nodes: one label and one taint, defined here and nowhere else. They follow
 * Karpenter's {@code karpenter.sh/capacity-type: spot} under provctl's node domain. The operator puts both
 * on the spot nodes of NodeGroups with {@code spotConfig.enabled} (and the label, valued
 * {@code on-demand}, on their other nodes); nodes made elsewhere must carry both for SPOT_INSTANCES
 * recommendations to place pods there.
 */
public final class SpotNodes {

    /** The label every spot node carries, {@code node.provctl.io/capacity-type=spot}. */
    public static final String LABEL_KEY = "node.provctl.io/capacity-type";
    public static final String LABEL_VALUE = "spot";

    /**
     * The taint on spot nodes, {@code node.provctl.io/capacity-type=spot:NoSchedule}: only pods that
     * tolerate reclaim land there, so nothing moves to spot without being told it may.
     */
    public static final String TAINT_KEY = LABEL_KEY;
    public static final String TAINT_VALUE = LABEL_VALUE;
    public static final String TAINT_EFFECT = "NoSchedule";

    /**
     * The weight of the spot preference: the highest a preference can have, so spot nodes win whenever
     * they have room, yet still a preference, so pods run on on-demand nodes when spot capacity is gone.
     */
    public static final int PREFERENCE_WEIGHT = 100;

    private SpotNodes() {
    }

    /** The toleration a pod needs to run on spot nodes. */
    public static Toleration toleration() {
        return new Toleration(TAINT_KEY, "Equal", TAINT_VALUE, TAINT_EFFECT, OptionalLong.empty());
    }

    /** The preferred node affinity that draws pods to spot nodes. */
    public static PreferredSchedulingTerm preference() {
        return new PreferredSchedulingTerm(PREFERENCE_WEIGHT,
                List.of(new NodeSelectorRequirement(LABEL_KEY, "In", List.of(LABEL_VALUE))), List.of());
    }
}
