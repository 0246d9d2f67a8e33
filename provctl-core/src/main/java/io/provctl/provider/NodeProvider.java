package io.provctl.provider;

import java.util.List;
import java.util.Optional;

/**
 * The port for single virtual machines that become Kubernetes nodes, one at a time, as the operator's
 * node lifecycle needs them ({@link CloudProvider} manages whole pools through plan and apply instead).
 * Creation is made idempotent by the caller: it tags each VM with a key it owns and looks for that tag
 * before creating, so a create retried after a crash finds the first VM instead of making a second.
 * Failures are {@link ProviderException}s that say whether a retry can help.
 */
public interface NodeProvider {

    /** The provider's name: local, vpsie, aws, azure, gcp. */
    String name();

    /** Starts a VM and returns it as the provider now reports it (usually still CREATING). */
    ProviderNode createNode(NodeRequest request);

    /** The VMs carrying the tag {@code key=value}, oldest first. */
    List<ProviderNode> findByTag(String key, String value);

    /** The VM with this provider ID, if it still exists. */
    Optional<ProviderNode> getNode(String id);

    /** Deletes a VM; deleting one that is already gone succeeds. */
    void deleteNode(String id);

    /**
     * The interruption notices the provider has issued for this provider's VMs and not yet acted on:
     * each VM it will reclaim, with the deadline. A notice stays listed until its VM is gone, so callers
     * must handle each one once themselves. The default is none, for providers that cannot tell.
     *
     * <p>Only the local cloud implements it. A real provider would feed it from its own channel: AWS from
     * EC2 Spot Instance Interruption Warnings delivered by EventBridge to an SQS queue, GCP from
     * preemption notices (the {@code preempted} metadata key or the compute operation log), Azure from
     * Scheduled Events of type {@code Preempt}; none of these is built.
     */
    default List<InterruptionNotice> interruptions() {
        return List.of();
    }
}
