package io.provctl.snapshot;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which snapshots are taken without being asked for, and the retention applied after each of them.
 * Read from {@code .provctl/snapshots/policy}, lines of {@code key = value}:
 * <pre>
 * automatic = pre_apply, pre_delete, pre_upgrade, drift_remediate
 * max_count = 20
 * max_age   = 30d
 * </pre>
 * Retention applies only to snapshots provctl took on its own (automatic, scheduled and pre_restore);
 * a manual snapshot stays until {@code snapshot prune} or a user deletes it.
 */
public record SnapshotPolicy(Set<SnapshotTrigger> automatic, RetentionPolicy retention) {

    public SnapshotPolicy {
        automatic = automatic.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(automatic));
    }

    public static SnapshotPolicy defaults() {
        return new SnapshotPolicy(EnumSet.of(SnapshotTrigger.PRE_APPLY, SnapshotTrigger.PRE_DELETE,
                SnapshotTrigger.PRE_UPGRADE, SnapshotTrigger.DRIFT_REMEDIATE),
                new RetentionPolicy(OptionalInt.of(20), Optional.of(Duration.ofDays(30))));
    }

    public boolean takes(SnapshotTrigger trigger) {
        return automatic.contains(trigger);
    }

    /**
     * Reads a policy file; keys left out keep their defaults, {@code none} empties a key.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static SnapshotPolicy parse(String text) {
        SnapshotPolicy policy = defaults();
        int n = 0;
        for (String raw : text.split("\n")) {
            n++;
            String line = raw.replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("snapshot policy line " + n + ": expected key = value");
            }
            policy = policy.with(line.substring(0, eq).trim(), unquote(line.substring(eq + 1).trim()), n);
        }
        return policy;
    }

    private SnapshotPolicy with(String key, String value, int line) {
        boolean none = value.equalsIgnoreCase("none") || value.isEmpty();
        return switch (key) {
            case "automatic" -> new SnapshotPolicy(none ? Set.of() : triggers(value), retention);
            case "max_count" -> new SnapshotPolicy(automatic, new RetentionPolicy(
                    none ? OptionalInt.empty() : OptionalInt.of(count(value, line)), retention.maxAge()));
            case "max_age" -> new SnapshotPolicy(automatic, new RetentionPolicy(retention.maxCount(),
                    none ? Optional.empty() : Optional.of(age(value, line))));
            default -> throw new IllegalArgumentException("snapshot policy line " + line + ": unknown key '" + key
                    + "'; expected automatic, max_count or max_age");
        };
    }

    private static Set<SnapshotTrigger> triggers(String value) {
        Set<SnapshotTrigger> out = EnumSet.noneOf(SnapshotTrigger.class);
        for (String t : value.replace("[", "").replace("]", "").split(",")) {
            out.add(SnapshotTrigger.parse(unquote(t.trim())));
        }
        return out;
    }

    private static int count(String value, int line) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw new IllegalArgumentException("snapshot policy line " + line + ": max_count must be a whole number of at"
                + " least 1, not '" + value + "'");
    }

    /** A duration written as people write it: 30d, 12h, 90m, 45s. */
    public static Duration age(String value, int line) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            Optional<Duration> d = switch (v.charAt(v.length() - 1)) {
                case 'd' -> Optional.of(Duration.ofDays(n));
                case 'h' -> Optional.of(Duration.ofHours(n));
                case 'm' -> Optional.of(Duration.ofMinutes(n));
                case 's' -> Optional.of(Duration.ofSeconds(n));
                default -> Optional.empty();
            };
            if (d.isPresent() && n > 0) {
                return d.get();
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            // reported below with the line
        }
        throw new IllegalArgumentException("snapshot policy line " + line + ": max_age '" + value
                + "' is not a duration such as 30d, 12h or 90m");
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
