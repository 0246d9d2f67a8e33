package io.provctl.cloud.local;

import io.provctl.provider.ProviderException;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads a {@link LocalCloudConfig} from environment variables, so faults can be injected into a
 * whole {@code provctl apply} run without code. Unset variables keep the given base value; a variable
 * with a bad value is an error that names it, never silently ignored.
 */
public final class LocalCloudEnvironment {

    /** Milliseconds every call takes, e.g. {@code 250}. */
    public static final String LATENCY_MS = "PROVCTL_LOCAL_LATENCY_MS";
    /** Chance in [0, 1] that a call fails with a transient (503-like) error, e.g. {@code 0.2}. */
    public static final String FAILURE_RATE = "PROVCTL_LOCAL_FAILURE_RATE";
    /** Comma-separated calls the failure rate applies to: create, update, delete, find, list (default all). */
    public static final String FAIL_OPS = "PROVCTL_LOCAL_FAIL_OPS";
    /** Calls per second before the cloud answers 429 with a Retry-After. */
    public static final String RATE_LIMIT = "PROVCTL_LOCAL_RATE_LIMIT";
    /** Crash right after the Nth successful mutating call has been persisted. */
    public static final String CRASH_AFTER = "PROVCTL_LOCAL_CRASH_AFTER";
    /** {@code throw} (default: throws SimulatedCrash) or {@code halt} (halts the JVM with 137). */
    public static final String CRASH_MODE = "PROVCTL_LOCAL_CRASH_MODE";
    /** Seed that makes failures and generated IDs repeatable. */
    public static final String SEED = "PROVCTL_LOCAL_SEED";
    /** Total vCPUs all node pools together may hold. */
    public static final String MAX_VCPUS = "PROVCTL_LOCAL_MAX_VCPUS";
    /** Total nodes all node pools together may hold. */
    public static final String MAX_NODES = "PROVCTL_LOCAL_MAX_NODES";

    /** {@code 1}/{@code true}: refuse every spot VM with "no spot capacity"; {@code 0}/{@code false}: spot is there. */
    public static final String SPOT_UNAVAILABLE = "PROVCTL_LOCAL_SPOT_UNAVAILABLE";

    private LocalCloudEnvironment() {
    }

    /** Every variable this class reads, for help texts. */
    public static Set<String> names() {
        return Arrays.stream(new String[] {LATENCY_MS, FAILURE_RATE, FAIL_OPS, RATE_LIMIT, CRASH_AFTER,
                CRASH_MODE, SEED, MAX_VCPUS, MAX_NODES, SPOT_UNAVAILABLE}).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The defaults, overridden by whatever {@code env} sets. */
    public static LocalCloudConfig read(Map<String, String> env) {
        return read(env, LocalCloudConfig.defaults());
    }

    /**
     * {@code base}, overridden by whatever {@code env} sets.
     *
     * @throws ProviderException of kind INVALID naming the variable whose value cannot be used
     */
    public static LocalCloudConfig read(Map<String, String> env, LocalCloudConfig base) {
        Reader r = new Reader(env);
        LocalCloudConfig c = base;
        c = r.apply(c, LATENCY_MS, "a whole number of milliseconds",
                (k, v) -> k.withLatency(Duration.ofMillis(nonNegative(Long.parseLong(v)))));
        c = r.apply(c, FAILURE_RATE, "a number between 0 and 1",
                (k, v) -> k.withFailures(Double.parseDouble(v), k.failOps()));
        c = r.apply(c, FAIL_OPS, "a comma-separated list of create, update, delete, find, list",
                (k, v) -> k.withFailures(k.failureRate(), operations(v)));
        c = r.apply(c, RATE_LIMIT, "a positive whole number of calls per second",
                (k, v) -> k.withRateLimit(Integer.parseInt(v)));
        c = r.apply(c, CRASH_AFTER, "a positive whole number of mutating calls",
                (k, v) -> k.withCrashAfter(Integer.parseInt(v), k.crashMode()));
        c = r.apply(c, CRASH_MODE, "throw or halt",
                (k, v) -> k.withCrashMode(CrashMode.valueOf(v.toUpperCase(Locale.ROOT))));
        c = r.apply(c, SEED, "a whole number", (k, v) -> k.withSeed(Long.parseLong(v)));
        c = r.apply(c, MAX_VCPUS, "a positive whole number of vCPUs",
                (k, v) -> k.withQuota(k.quota().withMaxVcpus(positive(Integer.parseInt(v)))));
        c = r.apply(c, MAX_NODES, "a positive whole number of nodes",
                (k, v) -> k.withQuota(k.quota().withMaxNodes(positive(Integer.parseInt(v)))));
        c = r.apply(c, SPOT_UNAVAILABLE, "1, true, 0 or false",
                (k, v) -> k.withSpotAvailable(!flag(v)));
        return c;
    }

    private static boolean flag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new IllegalArgumentException("not a flag");
        };
    }

    private static Set<Operation> operations(String value) {
        Set<Operation> ops = EnumSet.noneOf(Operation.class);
        Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).map(Operation::parse).forEach(ops::add);
        return ops;
    }

    private static long nonNegative(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative");
        }
        return n;
    }

    private static int positive(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("not positive");
        }
        return n;
    }

    /** Applies one variable when it is set, turning any parse failure into a message naming it. */
    private record Reader(Map<String, String> env) {

        LocalCloudConfig apply(LocalCloudConfig config, String name, String expected,
                               BiFunction<LocalCloudConfig, String, LocalCloudConfig> change) {
            String raw = env.get(name);
            if (raw == null || raw.isBlank()) {
                return config;
            }
            try {
                return change.apply(config, raw.trim());
            } catch (RuntimeException e) {
                throw ProviderException.invalid(name + " must be " + expected + ", got '" + raw + "'");
            }
        }
    }
}
