package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.Optional;

/**
 * Whether this replica may autoscale now. Two replicas deciding at once would both add nodes for the
 * same pods, so with leader election only the holder of the operator's Lease acts.
 */
public sealed interface LeaderCheck {

    boolean leading();

    /** A single replica without leader election always acts. */
    record Always() implements LeaderCheck {
        @Override
        public boolean leading() {
            return true;
        }
    }

    /** The replica named {@code identity} acts while the Lease names it as holder. */
    record HoldsLease(KubernetesClient client, String namespace, String lease, String identity) implements LeaderCheck {
        @Override
        public boolean leading() {
            return Optional.ofNullable(client.leases().inNamespace(namespace).withName(lease).get())
                    .map(Lease::getSpec).map(s -> identity.equals(s.getHolderIdentity())).orElse(false);
        }
    }
}
