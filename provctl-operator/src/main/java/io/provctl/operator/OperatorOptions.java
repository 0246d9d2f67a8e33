package io.provctl.operator;

import io.provctl.operator.leader.LeaseTimings;
import io.provctl.operator.provider.ProviderPolicy;

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
 * @param leaseTimings   the leader election's durations
 * @param providerPolicy the circuit breaker and backoff for provider errors
 * @param interruptionPoll how often the leader asks the provider for spot interruption notices
 */
public record OperatorOptions(Optional<Path> kubeconfig, InetSocketAddress metricsAddress,
                              InetSocketAddress healthAddress, boolean leaderElection, String leaseNamespace,
                              String identity, Duration syncPeriod, String provider, Path stateDir, Duration poll,
                              LeaseTimings leaseTimings, ProviderPolicy providerPolicy, Duration interruptionPoll) {

    /** The default of {@link #interruptionPoll()}. */
    public static final Duration DEFAULT_INTERRUPTION_POLL = Duration.ofSeconds(10);

    public OperatorOptions(Optional<Path> kubeconfig, InetSocketAddress metricsAddress,
                           InetSocketAddress healthAddress, boolean leaderElection, String leaseNamespace,
                           String identity, Duration syncPeriod, String provider, Path stateDir, Duration poll,
                           LeaseTimings leaseTimings, ProviderPolicy providerPolicy) {
        this(kubeconfig, metricsAddress, healthAddress, leaderElection, leaseNamespace, identity, syncPeriod, provider,
                stateDir, poll, leaseTimings, providerPolicy, DEFAULT_INTERRUPTION_POLL);
    }

    /** The options with the default lease timings and provider policy. */
    public OperatorOptions(Optional<Path> kubeconfig, InetSocketAddress metricsAddress,
                           InetSocketAddress healthAddress, boolean leaderElection, String leaseNamespace,
                           String identity, Duration syncPeriod, String provider, Path stateDir, Duration poll) {
        this(kubeconfig, metricsAddress, healthAddress, leaderElection, leaseNamespace, identity, syncPeriod, provider,
                stateDir, poll, LeaseTimings.defaults(), ProviderPolicy.defaults());
    }

    public OperatorOptions withLeaseTimings(LeaseTimings value) {
        return new OperatorOptions(kubeconfig, metricsAddress, healthAddress, leaderElection, leaseNamespace, identity,
                syncPeriod, provider, stateDir, poll, value, providerPolicy, interruptionPoll);
    }

    public OperatorOptions withProviderPolicy(ProviderPolicy value) {
        return new OperatorOptions(kubeconfig, metricsAddress, healthAddress, leaderElection, leaseNamespace, identity,
                syncPeriod, provider, stateDir, poll, leaseTimings, value, interruptionPoll);
    }

    public OperatorOptions withInterruptionPoll(Duration value) {
        return new OperatorOptions(kubeconfig, metricsAddress, healthAddress, leaderElection, leaseNamespace, identity,
                syncPeriod, provider, stateDir, poll, leaseTimings, providerPolicy, value);
    }

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
