package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The node a group would add with one offering: the group's labels and taints, its group and
 * instance-type labels, and the offering's capacity. Pods are tried against it before anything is bought.
 */
public record Template(NodeGroupInfo group, Offering offering, NodeInfo node) {

    public static Template of(NodeGroupInfo group, Offering offering) {
        Map<String, String> labels = new HashMap<>(group.labels());
        labels.put(NodeInfo.GROUP_LABEL, group.name());
        labels.put(NodeInfo.INSTANCE_TYPE_LABEL, offering.name());
        NodeInfo node = new NodeInfo("template-" + group.name() + "-" + offering.name(), offering.capacity(), labels,
                group.taints(), false, Map.of(), true, false);
        return new Template(group, offering, node);
    }

    public static List<Template> all(List<NodeGroupInfo> groups) {
        return groups.stream().flatMap(g -> g.offerings().stream().map(o -> of(g, o))).toList();
    }
}
