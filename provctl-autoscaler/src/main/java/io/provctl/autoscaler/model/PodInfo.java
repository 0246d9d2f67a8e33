package io.provctl.autoscaler.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the autoscaler needs to know of a pod. {@code requests} is already the effective request (see
 * {@link PodRequests}); {@code unschedulable} is the PodScheduled condition False with reason Unschedulable.
 * Required node affinity terms are ORed; an empty list means no constraint.
 */
public record PodInfo(String namespace, String name, Map<String, String> labels, Map<String, String> annotations,
                      Resources requests, Map<String, String> nodeSelector, List<NodeSelectorTerm> requiredAffinity,
                      List<Toleration> tolerations, List<AntiAffinityTerm> antiAffinity, Optional<String> ownerKind,
                      Set<VolumeKind> volumes, int priority, Optional<String> nodeName, boolean unschedulable) {

    /** Annotation the kubelet puts on mirror pods of static pods. */
    public static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";
    public static final String SAFE_TO_EVICT = "cluster-autoscaler.kubernetes.io/safe-to-evict";

    public PodInfo {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requests, "requests");
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        nodeSelector = Map.copyOf(nodeSelector);
        requiredAffinity = List.copyOf(requiredAffinity);
        tolerations = List.copyOf(tolerations);
        antiAffinity = List.copyOf(antiAffinity);
        volumes = Set.copyOf(volumes);
        Objects.requireNonNull(ownerKind, "ownerKind");
        Objects.requireNonNull(nodeName, "nodeName");
    }

    public static Builder builder(String namespace, String name) {
        return new Builder(namespace, name);
    }

    /** namespace/name, how pods are named in every report. */
    public String key() {
        return namespace + "/" + name;
    }

    public boolean isDaemonSet() {
        return ownerKind.filter("DaemonSet"::equals).isPresent();
    }

    public boolean isMirror() {
        return annotations.containsKey(MIRROR_ANNOTATION);
    }

    /** DaemonSet and mirror pods belong to their node: they never block its removal and are not moved. */
    public boolean staysWithNode() {
        return isDaemonSet() || isMirror();
    }

    public Optional<String> annotation(String key) {
        return Optional.ofNullable(annotations.get(key));
    }

    /** The same pod bound to a node, as it will be once the scheduler acts. */
    public PodInfo boundTo(String node) {
        return new PodInfo(namespace, name, labels, annotations, requests, nodeSelector, requiredAffinity, tolerations,
                antiAffinity, ownerKind, volumes, priority, Optional.of(node), false);
    }

    /** Builds pods for tests, dumps and simulators; every field has the value of a bare pod until set. */
    public static final class Builder {
        private final String namespace;
        private final String name;
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, String> annotations = new HashMap<>();
        private final List<Resources> containers = new ArrayList<>();
        private final List<Resources> initContainers = new ArrayList<>();
        private Resources overhead = Resources.ZERO;
        private final Map<String, String> nodeSelector = new HashMap<>();
        private final List<NodeSelectorTerm> affinity = new ArrayList<>();
        private final List<Toleration> tolerations = new ArrayList<>();
        private final List<AntiAffinityTerm> antiAffinity = new ArrayList<>();
        private Optional<String> ownerKind = Optional.empty();
        private final Set<VolumeKind> volumes = new LinkedHashSet<>();
        private int priority;
        private Optional<String> nodeName = Optional.empty();
        private boolean unschedulable;

        private Builder(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        public Builder annotation(String key, String value) {
            annotations.put(key, value);
            return this;
        }

        public Builder container(long cpuMillis, long memoryBytes) {
            return container(Resources.of(cpuMillis, memoryBytes));
        }

        public Builder container(Resources requests) {
            containers.add(requests);
            return this;
        }

        public Builder initContainer(Resources requests) {
            initContainers.add(requests);
            return this;
        }

        public Builder overhead(Resources value) {
            overhead = value;
            return this;
        }

        public Builder nodeSelector(String key, String value) {
            nodeSelector.put(key, value);
            return this;
        }

        public Builder affinityTerm(Requirement... requirements) {
            affinity.add(new NodeSelectorTerm(List.of(requirements)));
            return this;
        }

        public Builder affinityTerm(NodeSelectorTerm term) {
            affinity.add(term);
            return this;
        }

        public Builder toleration(Toleration t) {
            tolerations.add(t);
            return this;
        }

        public Builder antiAffinity(AntiAffinityTerm term) {
            antiAffinity.add(term);
            return this;
        }

        public Builder owner(String kind) {
            ownerKind = Optional.of(kind);
            return this;
        }

        public Builder volume(VolumeKind kind) {
            volumes.add(kind);
            return this;
        }

        public Builder priority(int value) {
            priority = value;
            return this;
        }

        public Builder nodeName(String node) {
            nodeName = Optional.of(node);
            return this;
        }

        public Builder unschedulable() {
            unschedulable = true;
            return this;
        }

        public PodInfo build() {
            return new PodInfo(namespace, name, labels, annotations,
                    PodRequests.effective(containers, initContainers, overhead), nodeSelector, affinity, tolerations,
                    antiAffinity, ownerKind, volumes, priority, nodeName, unschedulable);
        }
    }
}
