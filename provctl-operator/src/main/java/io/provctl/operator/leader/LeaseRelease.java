package io.provctl.operator.leader;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Hands the Lease back on a graceful stop. The framework only stops renewing it, which leaves a
 * standby waiting a whole lease duration; clearing the holder (as client-go's ReleaseOnCancel does)
 * lets it take over on its next retry.
 */
public final class LeaseRelease {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseRelease.class);

    private LeaseRelease() {
    }

    /** Returns true when this identity held the Lease and gave it up. */
    public static boolean release(KubernetesClient client, String namespace, String name, String identity,
                                  Clock clock) {
        try {
            Optional<Lease> lease = Optional.ofNullable(client.leases().inNamespace(namespace).withName(name).get());
            if (lease.isEmpty() || lease.get().getSpec() == null
                    || !identity.equals(lease.get().getSpec().getHolderIdentity())) {
                return false;
            }
            client.leases().inNamespace(namespace).withName(name).edit(l -> {
                l.getSpec().setHolderIdentity(null);
                l.getSpec().setLeaseDurationSeconds(1);
                l.getSpec().setRenewTime(ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return l;
            });
            return true;
        } catch (KubernetesClientException e) {
            LOG.warn("cannot release the Lease {}/{}: {}", namespace, name, e.getMessage());
            return false;
        }
    }
}
