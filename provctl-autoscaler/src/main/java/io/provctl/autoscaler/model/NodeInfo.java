package io.provctl.autoscaler.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the autoscaler needs to know of a node. {@code group} comes from the label
 * {@value #GROUP_LABEL}; a node without it belongs to no group and is never removed. A joining node has
 * registered but is not Ready yet: pods will land on it, so scale-up counts it.
 */
public record NodeInfo(String name, Resources allocatable, Map<String, String> labels, List<Taint> taints,
                       boolean unschedulable, Map<String, String> annotations, boolean ready, boolean joining) {

    public static final String GROUP_LABEL = "autoscaling.provctl.io/nodegroup";
    public static final String HOSTNAME_LABEL = "kubernetes.io/hostname";
    public static final String INSTANCE_TYPE_LABEL = "node.kubernetes.io/instance-type";
    /**
     * {@code spot} or {@code on-demand}: what the operator labels its nodes with (rightsizing's
     * {@code SpotNodes.LABEL_KEY}); a node without it is priced on-demand.
     */
    public static final String CAPACITY_TYPE_LABEL = "node.provctl.io/capacity-type";
    public static final String SCALE_DOWN_DISABLED = "cluster-autoscaler.kubernetes.io/scale-down-disabled";

    public NodeInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(allocatable, "allocatable");
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
        annotations = Map.copyOf(annotations);
    }

    /** A Ready, schedulable node with these labels and no taints. */
    public static NodeInfo ready(String name, Resources allocatable, Map<String, String> labels) {
        return new NodeInfo(name, allocatable, labels, List.of(), false, Map.of(), true, false);
    }

    public Optional<String> group() {
        return Optional.ofNullable(labels.get(GROUP_LABEL));
    }

    public Optional<String> instanceType() {
        return Optional.ofNullable(labels.get(INSTANCE_TYPE_LABEL));
    }

    /** Labelled {@code node.provctl.io/capacity-type=spot}: priced at its offering's spot price. */
    public boolean spot() {
        return "spot".equals(labels.get(CAPACITY_TYPE_LABEL));
    }

    /** Pods can be placed here now or once it joins. */
    public boolean usable() {
        return ready || joining;
    }

    public boolean scaleDownDisabled() {
        return "true".equals(annotations.get(SCALE_DOWN_DISABLED));
    }

    public NodeInfo withAnnotation(String key, String value) {
        Map<String, String> a = new HashMap<>(annotations);
        a.put(key, value);
        return new NodeInfo(name, allocatable, labels, taints, unschedulable, a, ready, joining);
    }

    public NodeInfo cordoned() {
        return new NodeInfo(name, allocatable, labels, taints, true, annotations, ready, joining);
    }

    public NodeInfo withTaints(List<Taint> value) {
        return new NodeInfo(name, allocatable, labels, value, unschedulable, annotations, ready, joining);
    }
}
