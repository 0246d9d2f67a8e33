package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * What one pass looks at, from informer caches of pods, nodes, PodDisruptionBudgets, NodeGroups and
 * ManagedNodes: a pass no longer lists the whole cluster every interval. A cache may lag the API server
 * by a watch event; that is safe here because every status write carries the resourceVersion it decided
 * on (a decision on a stale NodeGroup fails with 409) and a due batch is needed before any scale-up.
 * Items are sorted by namespace and name, as a list from the API server is, so a decision never depends
 * on the order of a cache.
 */
final class ClusterReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterReader.class);
    private static final Comparator<HasMetadata> BY_NAME = Comparator
            .comparing((HasMetadata o) -> Objects.requireNonNullElse(o.getMetadata().getNamespace(), ""))
            .thenComparing(o -> o.getMetadata().getName());

    private final SharedIndexInformer<Pod> pods;
    private final SharedIndexInformer<Node> nodes;
    private final SharedIndexInformer<PodDisruptionBudget> pdbs;
    private final SharedIndexInformer<NodeGroup> groups;
    private final SharedIndexInformer<ManagedNode> managedNodes;

    /** Creates the informers, not yet started: nothing runs until {@link #start()}. */
    ClusterReader(KubernetesClient client) {
        this.pods = client.pods().inAnyNamespace().runnableInformer(0);
        this.nodes = client.nodes().runnableInformer(0);
        this.pdbs = client.policy().v1().podDisruptionBudget().inAnyNamespace().runnableInformer(0);
        this.groups = client.resources(NodeGroup.class).inAnyNamespace().runnableInformer(0);
        this.managedNodes = client.resources(ManagedNode.class).inAnyNamespace().runnableInformer(0);
    }

    /**
     * Starts every informer; the result completes once each has listed and opened its watch (an object
     * changed between the two is replayed by a real API server, not by every test server), and fails when
     * one cannot.
     */
    CompletableFuture<Void> start() {
        return CompletableFuture.allOf(informers().map(i -> i.start().toCompletableFuture()
                .whenComplete((ok, e) -> {
                    if (e != null) {
                        LOG.warn("autoscaler cannot watch {}: {}", i.getApiTypeClass().getSimpleName(),
                                e.getMessage());
                    }
                })).toArray(CompletableFuture[]::new));
    }

    /**
     * True while every cache holds a complete list and is watching: a pass before that would see part of
     * the cluster, and one while a watch is down would decide on a cache that no longer follows it.
     */
    boolean synced() {
        return informers().allMatch(i -> i.hasSynced() && i.isWatching());
    }

    ClusterObjects read() {
        return new ClusterObjects(sorted(pods), sorted(nodes), sorted(pdbs), sorted(groups), sorted(managedNodes));
    }

    private static <T extends HasMetadata> List<T> sorted(SharedIndexInformer<T> informer) {
        return informer.getStore().list().stream().sorted(BY_NAME).toList();
    }

    private Stream<SharedIndexInformer<?>> informers() {
        return Stream.of(pods, nodes, pdbs, groups, managedNodes);
    }

    @Override
    public void close() {
        informers().forEach(SharedIndexInformer::stop);
    }
}
