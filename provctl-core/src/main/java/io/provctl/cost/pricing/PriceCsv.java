package io.provctl.cost.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the catalog CSV format: a header row naming the columns (provider, region, sku, vcpu,
 * memory_gib, price_hour_usd, spot_price_hour_usd, source, and optionally date and unit), then one row
 * per price. Columns are found by name, so the shared starting catalog (without date and unit) reads too.
 */
public final class PriceCsv {

    private static final List<String> REQUIRED = List.of("provider", "region", "sku", "price_hour_usd");

    private PriceCsv() {
    }

    public static List<PriceRow> parse(Reader reader, String origin) {
        try (BufferedReader in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null) {
                throw new PriceCatalogException(origin + ": empty price file (expected a header row)");
            }
            Map<String, Integer> columns = columns(splitLine(header), origin);
            List<PriceRow> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(row(splitLine(line), columns, origin + ":" + number));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new PriceCatalogException(origin + ": cannot read price file: " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columns(List<String> header, String origin) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String c : REQUIRED) {
            if (!columns.containsKey(c)) {
                throw new PriceCatalogException(origin + ": missing column '" + c + "' in header");
            }
        }
        return columns;
    }

    private static PriceRow row(List<String> cells, Map<String, Integer> columns, String where) {
        try {
            PriceKey key = new PriceKey(cell(cells, columns, "provider"), cell(cells, columns, "region"),
                    cell(cells, columns, "sku"));
            if (key.sku().isEmpty() || key.provider().isEmpty()) {
                throw new IllegalArgumentException("provider and sku must not be empty");
            }
            return new PriceRow(key,
                    optional(cells, columns, "vcpu").map(Integer::valueOf),
                    optional(cells, columns, "memory_gib").map(BigDecimal::new),
                    required(cells, columns, "price_hour_usd"),
                    optional(cells, columns, "spot_price_hour_usd").map(BigDecimal::new),
                    PriceUnit.parse(cell(cells, columns, "unit")),
                    cell(cells, columns, "source"),
                    optional(cells, columns, "date").map(LocalDate::parse));
        } catch (RuntimeException e) {
            throw new PriceCatalogException(where + ": invalid price row: " + e.getMessage(), e);
        }
    }

    private static BigDecimal required(List<String> cells, Map<String, Integer> columns, String name) {
        String v = cell(cells, columns, name);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty (every row needs an on-demand price)");
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + v + "' is not a decimal number", e);
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= cells.size() ? "" : cells.get(i).trim();
    }

    private static Optional<String> optional(List<String> cells, Map<String, Integer> columns, String name) {
        String v = cell(cells, columns, name);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Splits one CSV line; double quotes enclose cells with commas and "" stands for a quote. */
    static List<String> splitLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }
}
