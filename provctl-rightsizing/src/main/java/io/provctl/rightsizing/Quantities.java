package io.provctl.rightsizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Reads and writes CPU and memory the way Kubernetes manifests write them. */
public final class Quantities {

    private static final Map<String, Long> MEMORY_SUFFIXES = Map.ofEntries(
            Map.entry("Ki", 1024L), Map.entry("Mi", Resources.MIB), Map.entry("Gi", Resources.GIB),
            Map.entry("Ti", 1024L * Resources.GIB), Map.entry("k", 1000L), Map.entry("M", 1_000_000L),
            Map.entry("G", 1_000_000_000L), Map.entry("T", 1_000_000_000_000L));

    private Quantities() {
    }

    /** {@code 250m}, {@code 2} or {@code 0.5} to millicores, rounded up to a whole millicore. */
    public static long parseCpu(String text) {
        String t = text.trim();
        try {
            if (t.endsWith("m")) {
                return Long.parseLong(t.substring(0, t.length() - 1));
            }
            return new BigDecimal(t).movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a CPU quantity (e.g. 250m or 2)", e);
        }
    }

    /** {@code 512Mi}, {@code 1Gi}, {@code 1G} or plain bytes to bytes, rounded up to a whole byte. */
    public static long parseMemory(String text) {
        String t = text.trim();
        try {
            for (Map.Entry<String, Long> s : MEMORY_SUFFIXES.entrySet()) {
                if (t.endsWith(s.getKey()) && (s.getKey().length() == 2 || !t.endsWith("i"))) {
                    return new BigDecimal(t.substring(0, t.length() - s.getKey().length()))
                            .multiply(BigDecimal.valueOf(s.getValue())).setScale(0, RoundingMode.CEILING)
                            .longValueExact();
                }
            }
            return new BigDecimal(t).setScale(0, RoundingMode.CEILING).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a memory quantity (e.g. 512Mi or 1Gi)", e);
        }
    }

    /** {@code 250m}, or whole cores as {@code 2}. */
    public static String cpu(long millicores) {
        return millicores % 1000 == 0 && millicores > 0 ? Long.toString(millicores / 1000) : millicores + "m";
    }

    /** The largest binary unit that divides the amount exactly: {@code 512Mi}, {@code 2Gi}, else bytes. */
    public static String memory(long bytes) {
        if (bytes > 0 && bytes % Resources.GIB == 0) {
            return bytes / Resources.GIB + "Gi";
        }
        if (bytes > 0 && bytes % Resources.MIB == 0) {
            return bytes / Resources.MIB + "Mi";
        }
        if (bytes > 0 && bytes % 1024 == 0) {
            return bytes / 1024 + "Ki";
        }
        return Long.toString(bytes);
    }
}
