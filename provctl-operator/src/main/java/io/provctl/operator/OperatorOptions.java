package io.provctl.operator;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run the operator: what {@code provctl operator run} takes on its command line.
 *
 * @param kubeconfig     the kubeconfig file; empty means in-cluster config (or KUBECONFIG)
 * @param leaseNamespace where the leader-election Lease lives
 * @param identity       this replica's name in the Lease
 * @param poll           how often a node waiting on the outside world (VM, kubelet) is looked at again
 */
public record OperatorOptions(Optional<Path> kubeconfig, InetSocketAddress metricsAddress,
                              InetSocketAddress healthAddress, boolean leaderElection, String leaseNamespace,
                              String identity, Duration syncPeriod, String provider, Path stateDir, Duration poll) {

    public static final String LEASE_NAME = "provctl-operator-leader";

    /** Parses {@code :8080}, {@code 0.0.0.0:8080} or {@code localhost:8080}. */
    public static InetSocketAddress address(String value) {
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address '" + value + "': expected [HOST]:PORT");
        }
        String host = value.substring(0, colon);
        int port = Integer.parseInt(value.substring(colon + 1));
        return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }
}
