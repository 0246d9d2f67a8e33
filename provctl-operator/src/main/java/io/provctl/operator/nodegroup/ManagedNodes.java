package io.provctl.operator.nodegroup;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeSpec;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupSpec;
import io.provctl.operator.settings.Settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the ManagedNode a group wants, owned by the group and labelled with its name. Pure. */
public final class ManagedNodes {

    private ManagedNodes() {
    }

    /** A node of the group's preferred instance type. */
    public static ManagedNode desired(NodeGroup group, String name, Settings settings) {
        return desired(group, name, preferredInstanceType(group), settings);
    }

    /** An on-demand node of {@code instanceType}, which the caller took from the group's offeringIDs. */
    public static ManagedNode desired(NodeGroup group, String name, String instanceType, Settings settings) {
        return desired(group, name, instanceType, CapacityTypeName.ON_DEMAND, settings);
    }

    /**
     * A node of {@code instanceType} on {@code capacity}; a spot node carries the group's
     * spotConfig.fallbackToOnDemand, so it keeps what it was made with.
     */
    public static ManagedNode desired(NodeGroup group, String name, String instanceType, CapacityTypeName capacity,
                                      Settings settings) {
        NodeGroupSpec g = group.getSpec();
        ManagedNode node = new ManagedNode();
        node.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(group.getMetadata().getNamespace())
                .withLabels(Map.of(ApiGroup.NODEGROUP_LABEL, group.getMetadata().getName()))
                .withOwnerReferences(new OwnerReferenceBuilder().withApiVersion(group.getApiVersion())
                        .withKind(group.getKind()).withName(group.getMetadata().getName())
                        .withUid(group.getMetadata().getUid()).withController(true).withBlockOwnerDeletion(true)
                        .build())
                .build());
        ManagedNodeSpec spec = new ManagedNodeSpec();
        spec.setNodeGroupName(group.getMetadata().getName());
        spec.setProvider(Optional.ofNullable(g.getProvider()).orElse("local"));
        spec.setInstanceType(instanceType);
        spec.setDatacenterID(g.getDatacenterID());
        spec.setKubernetesVersion(g.getKubernetesVersion());
        spec.setOsImageID(g.getOsImageID());
        spec.setLabels(labels(settings.defaultLabels(), g.getLabels()));
        spec.setTaints(taints(settings.defaultTaints(), g.getTaints()));
        spec.setJoinSecretName(Optional.ofNullable(g.getJoinSecretName()).orElse("provctl-join"));
        spec.setCapacityType(capacity);
        if (capacity == CapacityTypeName.SPOT) {
            spec.setFallbackToOnDemand(SpotSplit.fallbackToOnDemand(g.getSpotConfig()));
        }
        node.setSpec(spec);
        return node;
    }

    /** The capacity a node runs on once its VM exists (status), else the one it asked for (spec). */
    public static CapacityTypeName capacity(ManagedNode m) {
        return Optional.ofNullable(m.getStatus()).map(ManagedNodeStatus::getCapacityType)
                .or(() -> Optional.ofNullable(m.getSpec()).map(ManagedNodeSpec::getCapacityType))
                .orElse(CapacityTypeName.ON_DEMAND);
    }

    /** spec.preferredInstanceType, else the first of spec.offeringIDs. */
    public static String preferredInstanceType(NodeGroup group) {
        NodeGroupSpec g = group.getSpec();
        return Optional.ofNullable(g.getPreferredInstanceType()).orElse(g.getOfferingIDs().get(0));
    }

    /** The group's labels over the operator-wide defaults. */
    static Map<String, String> labels(Map<String, String> defaults, Map<String, String> own) {
        Map<String, String> out = new LinkedHashMap<>(defaults);
        out.putAll(Optional.ofNullable(own).orElse(Map.of()));
        return out;
    }

    /** The group's taints, plus every default taint whose key the group does not set. */
    static List<NodeTaint> taints(List<NodeTaint> defaults, List<NodeTaint> own) {
        List<NodeTaint> out = new ArrayList<>(Optional.ofNullable(own).orElse(List.of()));
        defaults.stream().filter(d -> out.stream().noneMatch(t -> t.getKey().equals(d.getKey()))).forEach(out::add);
        return out;
    }
}
