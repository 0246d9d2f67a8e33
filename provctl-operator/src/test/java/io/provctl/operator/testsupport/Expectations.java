package io.provctl.operator.testsupport;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.managednode.NodeLifecycle;
import io.provctl.operator.settings.Settings;
import io.provctl.operator.nodegroup.ManagedNodes;
import io.provctl.provider.NodeProvider;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.awaitility.Awaitility.await;

/** Reading what the operator did: ManagedNodes, their conditions and events, VMs by tag. */
public final class Expectations {

    private Expectations() {
    }

    /** A ManagedNode of group {@code web} that no NodeGroup owns, so a test alone decides its life. */
    public static ManagedNode standalone(String name) {
        ManagedNode mn = ManagedNodes.desired(OperatorHarness.group("web", 1, 1), name, Settings.defaults());
        mn.getMetadata().setOwnerReferences(List.of());
        return mn;
    }

    public static Optional<ManagedNode> managedNode(KubernetesClient client, String name) {
        return Optional.ofNullable(client.resources(ManagedNode.class).inNamespace(NAMESPACE).withName(name).get());
    }

    public static ManagedNode awaitPhase(KubernetesClient client, String name, ManagedNodePhase phase) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> managedNode(client, name)
                .filter(m -> m.getStatus() != null && m.getStatus().getPhase() == phase), Optional::isPresent).get();
    }

    /** A condition as {@code Type=Status/Reason}, or "absent". */
    public static String condition(ManagedNode mn, String type) {
        return Optional.ofNullable(mn.getStatus()).map(s -> s.getConditions()).orElse(List.of()).stream()
                .filter(c -> type.equals(c.getType())).findFirst()
                .map(c -> c.getType() + "=" + c.getStatus() + "/" + c.getReason()).orElse("absent");
    }

    public static Optional<Condition> conditionOf(NodeGroup group, String type) {
        return Optional.ofNullable(group.getStatus().getConditions()).orElse(List.of()).stream()
                .filter(c -> type.equals(c.getType())).findFirst();
    }

    /** The events recorded about {@code name}, oldest first, as {@code Type Reason}. */
    public static List<String> events(KubernetesClient client, String name) {
        return eventObjects(client, name).stream().map(e -> e.getType() + " " + e.getReason()).toList();
    }

    public static List<Event> eventObjects(KubernetesClient client, String name) {
        return client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName()))
                .sorted(Comparator.comparing(Event::getFirstTimestamp)
                        .thenComparing(e -> e.getMetadata().getResourceVersion(), Comparator.comparingLong(Long::parseLong)))
                .toList();
    }

    /** VMs tagged with this ManagedNode's UID. */
    public static int vmsOf(NodeProvider cloud, ManagedNode mn) {
        return cloud.findByTag(NodeLifecycle.UID_TAG, mn.getMetadata().getUid()).size();
    }
}
