package io.provctl.operator.autoscaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.provctl.autoscaler.dump.ClusterDumpReader;
import io.provctl.autoscaler.dump.DumpException;
import io.provctl.autoscaler.dump.DumpSource;
import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.nodegroup.ManagedNodes;
import io.provctl.operator.nodegroup.OfferingCount;
import io.provctl.operator.nodegroup.PendingOfferings;
import io.provctl.operator.nodegroup.ScalingPlanner;
import io.provctl.rightsizing.placement.SpotNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Maps live Kubernetes objects to the autoscaler's snapshot. The objects are serialised to the same JSON
 * a {@code kubectl get -o yaml} dump holds and read by {@link ClusterDumpReader}, so the operator and
 * {@code provctl autoscale explain} judge a cluster by one mapping. ManagedNodes whose Node has not
 * registered yet become joining template nodes: pods will land on them, and without them every pass
 * until the kubelet registers would add nodes again for the same pods. So do nodes a group's
 * status.desiredNodes asks for and no ManagedNode stands for yet.
 */
public final class ClusterSnapshotBuilder {

    /** The taint spot nodes of spot-enabled NodeGroups carry, {@code node.provctl.io/capacity-type=spot:NoSchedule}. */
    static final Taint SPOT_TAINT = new Taint(SpotNodes.TAINT_KEY, SpotNodes.TAINT_VALUE,
            TaintEffect.parse(SpotNodes.TAINT_EFFECT));

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSnapshotBuilder.class);

    private final ClusterDumpReader reader;
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    public ClusterSnapshotBuilder(PriceSource prices) {
        this.reader = new ClusterDumpReader(prices);
    }

    public ClusterSnapshot build(ClusterObjects objects) {
        List<NodeGroup> groups = objects.groups().stream().filter(this::mappable).toList();
        List<JsonNode> items = new ArrayList<>();
        objects.pods().forEach(p -> items.add(json(p, "Pod")));
        Set<String> leaving = objects.managedNodes().stream().filter(ScaleDownWriter::leaving)
                .map(m -> m.getMetadata().getName()).collect(Collectors.toSet());
        // Nodes on their way out neither host pods nor count towards their group's size.
        objects.nodes().stream().filter(n -> !leaving.contains(managedNode(n).orElse("")))
                .forEach(n -> items.add(json(n, "Node")));
        objects.pdbs().forEach(p -> items.add(json(p, "PodDisruptionBudget")));
        groups.forEach(g -> items.add(json(g, "NodeGroup")));
        ClusterSnapshot read = reader.read(List.of(new DumpSource("cluster", list(items))));
        return withUpcoming(read, objects);
    }

    /** A group the dump mapping refuses (say, an offering missing from the catalog) is left out, not fatal. */
    private boolean mappable(NodeGroup group) {
        try {
            reader.read(List.of(new DumpSource("NodeGroup " + group.getMetadata().getName(),
                    list(List.of(json(group, "NodeGroup"))))));
            return true;
        } catch (DumpException e) {
            LOG.warn("not autoscaling NodeGroup {}: {}", group.getMetadata().getName(), e.getMessage());
            return false;
        }
    }

    private ClusterSnapshot withUpcoming(ClusterSnapshot snapshot, ClusterObjects objects) {
        Set<String> registered = objects.nodes().stream().flatMap(n -> managedNode(n).stream())
                .collect(Collectors.toSet());
        List<NodeInfo> nodes = new ArrayList<>(snapshot.nodes());
        for (ManagedNode m : objects.managedNodes()) {
            if (!ScaleDownWriter.leaving(m) && !registered.contains(m.getMetadata().getName())) {
                upcoming(snapshot, m).ifPresent(nodes::add);
            }
        }
        for (NodeGroup g : objects.groups()) {
            snapshot.group(g.getMetadata().getName()).ifPresent(info -> nodes.addAll(requested(info, g, objects)));
        }
        return new ClusterSnapshot(snapshot.pods(), nodes, snapshot.pdbs(), snapshot.groups());
    }

    /**
     * Nodes the group's status asks for that no ManagedNode stands for yet (the reconciler has not created
     * them, or this cache has not seen them): joining template nodes too, of the pending offerings first,
     * as the reconciler will make them. Without them a pass right after a scale-up would find the same pods
     * homeless and ask again.
     */
    private static List<NodeInfo> requested(NodeGroupInfo info, NodeGroup group, ClusterObjects objects) {
        int members = (int) objects.managedNodes().stream()
                .filter(m -> info.name().equals(m.getSpec().getNodeGroupName())
                        && m.getMetadata().getDeletionTimestamp() == null)
                .count();
        int target = ScalingPlanner.target(Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getDesiredNodes),
                info.minNodes(), info.maxNodes());
        List<String> names = IntStream.range(0, Math.max(0, target - members))
                .mapToObj(i -> info.name() + "-requested-" + (i + 1)).toList();
        if (names.isEmpty()) {
            return List.of();
        }
        List<OfferingCount> pending = Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getPendingScaleUps)
                .orElse(List.of()).stream().filter(p -> p.getOffering() != null && p.getCount() != null)
                .map(p -> new OfferingCount(p.getOffering(), Math.max(0, p.getCount()))).toList();
        Set<String> offered = info.offerings().stream().map(Offering::name).collect(Collectors.toSet());
        Map<String, String> types = PendingOfferings.assign(names, pending, offered,
                ManagedNodes.preferredInstanceType(group)).instanceTypes();
        List<NodeInfo> out = new ArrayList<>();
        types.forEach((name, type) -> info.offering(type).ifPresent(o -> out.add(template(info, o, name, false))));
        return out;
    }

    private static Optional<String> managedNode(Node node) {
        return Optional.ofNullable(node.getMetadata().getLabels()).map(l -> l.get(ApiGroup.MANAGEDNODE_LABEL));
    }

    private static Optional<NodeInfo> upcoming(ClusterSnapshot snapshot, ManagedNode m) {
        Optional<NodeGroupInfo> group = snapshot.group(m.getSpec().getNodeGroupName());
        Optional<Offering> offering = group.flatMap(g -> g.offering(m.getSpec().getInstanceType()));
        return offering.map(o -> template(group.get(), o, m.getMetadata().getName(),
                ManagedNodes.capacity(m) == CapacityTypeName.SPOT));
    }

    /**
     * A node of the group that has not registered: the offering's capacity, the group's labels and taints,
     * and on a spot ManagedNode the capacity-type label and the spot taint its Node will get, so that only
     * pods tolerating it count as landing there and it is priced at the spot price.
     */
    private static NodeInfo template(NodeGroupInfo group, Offering offering, String name, boolean spot) {
        Map<String, String> labels = new HashMap<>(group.labels());
        labels.put(NodeInfo.GROUP_LABEL, group.name());
        labels.put(NodeInfo.INSTANCE_TYPE_LABEL, offering.name());
        labels.put(NodeInfo.HOSTNAME_LABEL, name);
        List<Taint> taints = new ArrayList<>(group.taints());
        if (spot) {
            labels.put(NodeInfo.CAPACITY_TYPE_LABEL, SpotNodes.LABEL_VALUE);
            taints.add(SPOT_TAINT);
        }
        return new NodeInfo(name, offering.capacity(), labels, taints, false, Map.of(), false, true);
    }

    private JsonNode json(HasMetadata object, String kind) {
        ObjectNode node = serialization.convertValue(object, ObjectNode.class);
        node.put("kind", kind);
        return node;
    }

    private static String list(List<JsonNode> items) {
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.put("apiVersion", "v1");
        list.put("kind", "List");
        ArrayNode array = list.putArray("items");
        items.forEach(array::add);
        return list.toString();
    }
}
