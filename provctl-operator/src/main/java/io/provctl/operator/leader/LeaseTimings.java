package io.provctl.operator.leader;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;

import java.time.Duration;

/**
 * The leader election's clocks: how long a Lease holds without renewal, how long the leader keeps
 * trying to renew, and how often a standby tries to acquire.
 */
public record LeaseTimings(Duration leaseDuration, Duration renewDeadline, Duration retryPeriod) {

    public static LeaseTimings defaults() {
        return new LeaseTimings(LeaderElectionConfiguration.LEASE_DURATION_DEFAULT_VALUE,
                LeaderElectionConfiguration.RENEW_DEADLINE_DEFAULT_VALUE,
                LeaderElectionConfiguration.RETRY_PERIOD_DEFAULT_VALUE);
    }
}
