package io.provctl.cloud.local;

import java.time.Duration;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How the local cloud behaves: latency of each call, injected faults, the rate limit, a simulated
 * crash and the account quota. {@link #defaults()} is a fast, faultless, unlimited cloud;
 * {@link LocalCloudEnvironment#read} builds one from {@code PROVCTL_LOCAL_*} variables.
 *
 * @param latency            time every call takes, slept through the injected sleeper
 * @param failureRate        chance in [0, 1] that a call in {@code failOps} fails with a transient error
 * @param failOps            the calls {@code failureRate} applies to
 * @param rateLimitPerSecond calls allowed per second before answering 429; empty means no limit
 * @param crashAfter         crash right after the Nth successful mutating call; empty means never
 * @param crashMode          how that crash happens
 * @param seed               seed of the random source behind failures and IDs; empty means unseeded
 * @param quota              total vCPUs and nodes the account may hold
 * @param spotAvailable      whether spot VMs can be had; false refuses every spot request with
 *                           {@code SPOT_UNAVAILABLE}, as a cloud out of spare capacity does
 */
public record LocalCloudConfig(Duration latency, double failureRate, Set<Operation> failOps,
                               OptionalInt rateLimitPerSecond, OptionalInt crashAfter, CrashMode crashMode,
                               OptionalLong seed, Quota quota, boolean spotAvailable) {

    public LocalCloudConfig(Duration latency, double failureRate, Set<Operation> failOps,
                            OptionalInt rateLimitPerSecond, OptionalInt crashAfter, CrashMode crashMode,
                            OptionalLong seed, Quota quota) {
        this(latency, failureRate, failOps, rateLimitPerSecond, crashAfter, crashMode, seed, quota, true);
    }

    public LocalCloudConfig {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, got " + latency);
        }
        if (!(failureRate >= 0 && failureRate <= 1)) {
            throw new IllegalArgumentException("failure rate must lie between 0 and 1, got " + failureRate);
        }
        rateLimitPerSecond.ifPresent(n -> requirePositive("rate limit", n));
        crashAfter.ifPresent(n -> requirePositive("crash-after count", n));
        failOps = failOps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failOps));
    }

    public static LocalCloudConfig defaults() {
        return new LocalCloudConfig(Duration.ZERO, 0, EnumSet.allOf(Operation.class), OptionalInt.empty(),
                OptionalInt.empty(), CrashMode.THROW, OptionalLong.empty(), Quota.unlimited(), true);
    }

    public LocalCloudConfig withLatency(Duration value) {
        return new LocalCloudConfig(value, failureRate, failOps, rateLimitPerSecond, crashAfter, crashMode,
                seed, quota, spotAvailable);
    }

    public LocalCloudConfig withFailures(double rate, Set<Operation> ops) {
        return new LocalCloudConfig(latency, rate, ops, rateLimitPerSecond, crashAfter, crashMode, seed, quota, spotAvailable);
    }

    public LocalCloudConfig withRateLimit(int callsPerSecond) {
        return new LocalCloudConfig(latency, failureRate, failOps, OptionalInt.of(callsPerSecond), crashAfter,
                crashMode, seed, quota, spotAvailable);
    }

    public LocalCloudConfig withCrashAfter(int mutatingCalls, CrashMode mode) {
        return new LocalCloudConfig(latency, failureRate, failOps, rateLimitPerSecond,
                OptionalInt.of(mutatingCalls), mode, seed, quota, spotAvailable);
    }

    public LocalCloudConfig withCrashMode(CrashMode mode) {
        return new LocalCloudConfig(latency, failureRate, failOps, rateLimitPerSecond, crashAfter, mode, seed,
                quota, spotAvailable);
    }

    public LocalCloudConfig withSeed(long value) {
        return new LocalCloudConfig(latency, failureRate, failOps, rateLimitPerSecond, crashAfter, crashMode,
                OptionalLong.of(value), quota, spotAvailable);
    }

    public LocalCloudConfig withQuota(Quota value) {
        return new LocalCloudConfig(latency, failureRate, failOps, rateLimitPerSecond, crashAfter, crashMode,
                seed, value, spotAvailable);
    }

    /** A cloud with ({@code true}) or without spare spot capacity. */
    public LocalCloudConfig withSpotAvailable(boolean value) {
        return new LocalCloudConfig(latency, failureRate, failOps, rateLimitPerSecond, crashAfter, crashMode,
                seed, quota, value);
    }

    private static void requirePositive(String what, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + n);
        }
    }
}
