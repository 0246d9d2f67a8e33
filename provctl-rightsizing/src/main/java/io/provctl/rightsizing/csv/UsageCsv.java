package io.provctl.rightsizing.csv;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.OomKill;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads container usage from CSV for offline recommendations:
 * {@code timestamp,namespace,pod,container,cpu_cores,memory_bytes[,oom]}.
 * <ul>
 *   <li>timestamp: ISO-8601 with an offset ({@code 2026-11-23T10:00:00Z}) or epoch seconds;</li>
 *   <li>cpu_cores: cores used, fractional ({@code 0.25} is 250 millicores);</li>
 *   <li>memory_bytes: working-set bytes, a whole number;</li>
 *   <li>oom (optional): {@code 1}/{@code true} when the container was OOM-killed at that time,
 *       {@code 0}/{@code false}/empty otherwise.</li>
 * </ul>
 * A first line starting with {@code timestamp} is a header; blank lines and lines starting with
 * {@code #} are skipped. Any other malformed line fails the whole file with its line number, since a
 * recommendation silently built on part of the data would look as sure as one built on all of it.
 */
public final class UsageCsv {

    /** The workload name given to each namespace's usage: the CSV groups by namespace, not by workload. */
    public static final String ALL_PODS = "*";
    /** The step assumed when the file has a single timestamp: the VPA's one sample a minute. */
    static final Duration DEFAULT_STEP = Duration.ofMinutes(1);

    private UsageCsv() {
    }

    public static List<UsageRow> read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageCsvException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param source names the input in error messages, e.g. the file name */
    public static List<UsageRow> parse(String source, List<String> lines) {
        List<UsageRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (rows.isEmpty() && isHeader(line))) {
                continue;
            }
            rows.add(row(source + " line " + (i + 1), line));
        }
        if (rows.isEmpty()) {
            throw new UsageCsvException(source + ": no usage rows (expected "
                    + "timestamp,namespace,pod,container,cpu_cores,memory_bytes[,oom])");
        }
        return List.copyOf(rows);
    }

    /**
     * The rows of each namespace as the usage of one workload: every pod of the namespace contributes
     * to the estimate of its container names. The window runs from the first sample to one step past
     * the last; the step is the median gap between consecutive sample times (robust to a few missing
     * or jittered scrapes), which is what confidence counts each sample as.
     */
    public static SortedMap<String, WorkloadUsage> byNamespace(List<UsageRow> rows) {
        SortedMap<String, WorkloadUsage> out = new TreeMap<>();
        rows.stream().collect(Collectors.groupingBy(UsageRow::namespace))
                .forEach((ns, nsRows) -> out.put(ns, usage(ns, nsRows)));
        return out;
    }

    private static WorkloadUsage usage(String namespace, List<UsageRow> rows) {
        TreeSet<Instant> times = rows.stream().map(UsageRow::at).collect(Collectors.toCollection(TreeSet::new));
        Duration step = medianGap(times);
        UsageQuery query = new UsageQuery(new WorkloadRef(namespace, WorkloadKind.DEPLOYMENT, ALL_PODS),
                times.first(), times.last().plus(step), step);
        return new WorkloadUsage(query,
                rows.stream().map(r -> new CpuSample(r.at(), r.container(), r.cpuMillicores())).toList(),
                rows.stream().map(r -> new MemorySample(r.at(), r.container(), r.memoryBytes())).toList(),
                rows.stream().filter(UsageRow::oomKilled).map(r -> new OomKill(r.at(), r.container())).toList());
    }

    static Duration medianGap(TreeSet<Instant> times) {
        List<Duration> gaps = new ArrayList<>();
        Instant previous = null;
        for (Instant t : times) {
            if (previous != null) {
                gaps.add(Duration.between(previous, t));
            }
            previous = t;
        }
        if (gaps.isEmpty()) {
            return DEFAULT_STEP;
        }
        gaps.sort(Duration::compareTo);
        return gaps.get(gaps.size() / 2);
    }

    private static boolean isHeader(String line) {
        return line.toLowerCase(Locale.ROOT).startsWith("timestamp");
    }

    private static UsageRow row(String where, String line) {
        String[] f = line.split(",", -1);
        if (f.length != 6 && f.length != 7) {
            throw new UsageCsvException(where + ": expected 6 or 7 fields "
                    + "(timestamp,namespace,pod,container,cpu_cores,memory_bytes[,oom]), got " + f.length);
        }
        ContainerId container = new ContainerId(name(where, "pod", f[2]), name(where, "container", f[3]));
        return new UsageRow(timestamp(where, f[0].strip()), name(where, "namespace", f[1]), container,
                cpu(where, f[4].strip()), memory(where, f[5].strip()), f.length == 7 && oom(where, f[6].strip()));
    }

    private static String name(String where, String field, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new UsageCsvException(where + ": " + field + " is empty");
        }
        return v;
    }

    private static Instant timestamp(String where, String text) {
        try {
            if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw new UsageCsvException(where + ": timestamp '" + text
                    + "' is neither ISO-8601 with an offset nor epoch seconds");
        }
    }

    private static double cpu(String where, String text) {
        double cores;
        try {
            cores = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageCsvException(where + ": cpu_cores '" + text + "' is not a number");
        }
        if (!(cores >= 0) || Double.isInfinite(cores)) {
            throw new UsageCsvException(where + ": cpu_cores must be a finite, non-negative number: " + text);
        }
        return cores * 1000;
    }

    private static long memory(String where, String text) {
        long bytes;
        try {
            bytes = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageCsvException(where + ": memory_bytes '" + text + "' is not a whole number of bytes");
        }
        if (bytes < 0) {
            throw new UsageCsvException(where + ": memory_bytes must not be negative: " + text);
        }
        return bytes;
    }

    private static boolean oom(String where, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "", "0", "false" -> false;
            default -> throw new UsageCsvException(where + ": oom '" + text + "' must be 1, true, 0, false or empty");
        };
    }
}
