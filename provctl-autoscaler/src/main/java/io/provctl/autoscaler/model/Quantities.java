package io.provctl.autoscaler.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes quantity strings ({@code 500m}, {@code 1.5}, {@code 128Mi}, {@code 1G}, {@code 1e3}) read as
 * exact decimals. Fractions of the unit asked for are rounded up, as the API server does, so a request is
 * never understated.
 */
public final class Quantities {

    private static final Pattern FORMAT = Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+))(.*)");
    private static final Pattern EXPONENT = Pattern.compile("[eE]([+-]?\\d+)");
    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("1e-9")),
            Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")),
            Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")),
            Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")),
            Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")),
            Map.entry("Ki", KI),
            Map.entry("Mi", KI.pow(2)),
            Map.entry("Gi", KI.pow(3)),
            Map.entry("Ti", KI.pow(4)),
            Map.entry("Pi", KI.pow(5)),
            Map.entry("Ei", KI.pow(6)));

    private Quantities() {
    }

    /** The exact value of a quantity in its base unit (cores, bytes, pods). */
    public static BigDecimal parse(String text) {
        String s = text.trim();
        Matcher m = FORMAT.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("invalid quantity \"" + text + "\"");
        }
        BigDecimal number = new BigDecimal(m.group(1));
        return number.multiply(multiplier(m.group(2), text));
    }

    /** CPU as millicores: {@code 500m} is 500, {@code 1.5} is 1500, {@code 1u} rounds up to 1. */
    public static long millis(String text) {
        return ceil(parse(text).movePointRight(3), text);
    }

    /** Bytes (or any whole count): {@code 128Mi} is 134217728, {@code 1G} is 1000000000. */
    public static long whole(String text) {
        return ceil(parse(text), text);
    }

    private static BigDecimal multiplier(String suffix, String text) {
        Matcher e = EXPONENT.matcher(suffix);
        if (e.matches()) {
            return BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(e.group(1)));
        }
        BigDecimal m = SUFFIXES.get(suffix);
        if (m == null) {
            throw new IllegalArgumentException("invalid quantity \"" + text + "\": unknown suffix \"" + suffix + "\"");
        }
        return m;
    }

    private static long ceil(BigDecimal value, String text) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("invalid quantity \"" + text + "\": negative");
        }
        try {
            return value.setScale(0, RoundingMode.CEILING).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("invalid quantity \"" + text + "\": too large", e);
        }
    }

    /** Bytes shown the way people read them: whole GiB or MiB when exact, bytes otherwise. */
    public static String formatBytes(long bytes) {
        long gi = 1L << 30;
        long mi = 1L << 20;
        if (bytes != 0 && bytes % gi == 0) {
            return bytes / gi + "Gi";
        }
        if (bytes != 0 && bytes % mi == 0) {
            return bytes / mi + "Mi";
        }
        return Long.toString(bytes);
    }

    /** Millicores shown as whole cores when exact. */
    public static String formatMillis(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
    }
}
