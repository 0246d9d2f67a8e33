package io.provctl.autoscaler.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a workload trace CSV. The header names the columns: {@code submit_time_s}, {@code duration_s},
 * {@code cpu_millis}, {@code memory_mib} are required; {@code count}, {@code name}, {@code namespace},
 * {@code node_selector} (k=v;k=v) and {@code priority} are optional; any other column is ignored so traces
 * exported with extra fields still load. Times are seconds and may have up to three decimals. Fields are
 * plain (no quoting). Every error names the source and the line.
 */
public final class TraceReader {

    private static final List<String> REQUIRED = List.of("submit_time_s", "duration_s", "cpu_millis", "memory_mib");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final String source;
    private final Set<String> names = new HashSet<>();

    private TraceReader(String source) {
        this.source = source;
    }

    public static Trace read(String source, Reader reader) {
        return new TraceReader(source).parse(new BufferedReader(reader));
    }

    private Trace parse(BufferedReader in) {
        try {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new SimInputException(source + " line 1: missing header " + String.join(",", REQUIRED));
            }
            Map<String, Integer> columns = columns(header);
            List<TracePod> pods = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    pods.addAll(row(columns, line, number));
                }
            }
            return new Trace(pods);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Integer> columns(String header) {
        Map<String, Integer> columns = new HashMap<>();
        String[] cells = header.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            columns.put(cells[i].trim().toLowerCase(Locale.ROOT), i);
        }
        for (String r : REQUIRED) {
            if (!columns.containsKey(r)) {
                throw new SimInputException(source + " line 1: the header has no column " + r
                        + " (required: " + String.join(",", REQUIRED) + ")");
            }
        }
        return columns;
    }

    private List<TracePod> row(Map<String, Integer> columns, String line, int number) {
        Row r = new Row(line.split(",", -1), columns, number);
        long submit = r.millis("submit_time_s");
        long duration = r.millis("duration_s");
        long cpu = r.whole("cpu_millis", 0);
        long memory = r.whole("memory_mib", 0);
        int count = (int) r.optionalWhole("count", 1, 1);
        int priority = (int) r.optionalWhole("priority", 0, Integer.MIN_VALUE);
        String namespace = r.text("namespace").orElse("default");
        String base = r.text("name").orElse("pod-" + number);
        Map<String, String> selector = r.selector();
        List<TracePod> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = unique(namespace, count == 1 ? base : base + "-" + i);
            pods.add(new TracePod(namespace, name, submit, duration, cpu, memory, selector, priority, number));
        }
        return pods;
    }

    /** Names must be unique for the decisions to tell pods apart; a repeated name gets the next free suffix. */
    private String unique(String namespace, String name) {
        String candidate = name;
        for (int n = 2; !names.add(namespace + "/" + candidate); n++) {
            candidate = name + "~" + n;
        }
        return candidate;
    }

    /** One data row and the line it came from, read cell by cell with errors that name both. */
    private final class Row {
        private final String[] cells;
        private final Map<String, Integer> columns;
        private final int number;

        Row(String[] cells, Map<String, Integer> columns, int number) {
            this.cells = cells;
            this.columns = columns;
            this.number = number;
        }

        Optional<String> text(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= cells.length || cells[i].isBlank()) {
                return Optional.empty();
            }
            return Optional.of(cells[i].trim());
        }

        private String required(String column) {
            return text(column).orElseThrow(() -> error(column + " is missing"));
        }

        long millis(String column) {
            String value = required(column);
            try {
                BigDecimal seconds = new BigDecimal(value);
                if (seconds.signum() < 0) {
                    throw error(column + " must be 0 or more, got " + value);
                }
                return seconds.multiply(THOUSAND).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw error(column + " must be a number of seconds with at most 3 decimals, got \"" + value + "\"");
            }
        }

        long whole(String column, long min) {
            return parseWhole(column, required(column), min);
        }

        long optionalWhole(String column, long orElse, long min) {
            return text(column).map(v -> parseWhole(column, v, min)).orElse(orElse);
        }

        private long parseWhole(String column, String value, long min) {
            try {
                long v = Long.parseLong(value);
                if (v < min) {
                    throw error(column + " must be at least " + min + ", got " + value);
                }
                return v;
            } catch (NumberFormatException e) {
                throw error(column + " must be a whole number, got \"" + value + "\"");
            }
        }

        Map<String, String> selector() {
            Map<String, String> selector = new LinkedHashMap<>();
            for (String pair : text("node_selector").map(s -> s.split(";")).orElse(new String[0])) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw error("node_selector must be k=v;k=v, got \"" + pair + "\"");
                }
                selector.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return selector;
        }

        SimInputException error(String message) {
            return new SimInputException(source + " line " + number + ": " + message);
        }
    }
}
