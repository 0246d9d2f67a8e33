package io.provctl.cost.pricing;

import io.provctl.config.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the price sources provctl uses: the embedded catalog, a user's file, and both together. */
public final class PriceSources {

    /** Classpath location of the embedded, versioned catalog. */
    public static final String EMBEDDED_CATALOG = "/io/provctl/pricing/catalog.csv";

    private static volatile TablePriceSource embedded;

    private PriceSources() {
    }

    /** The catalog shipped inside provctl (read once, then shared: it never changes at run time). */
    public static PriceSource embedded() {
        TablePriceSource e = embedded;
        if (e == null) {
            e = new TablePriceSource(readEmbedded());
            embedded = e;
        }
        return e;
    }

    /** Prices from a user's CSV file ({@code --pricing FILE} or {@code pricing { file = "…" }}). */
    public static PriceSource file(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new TablePriceSource(PriceCsv.parse(r, path.toString()));
        } catch (IOException e) {
            throw new PriceCatalogException(path + ": cannot read price file: " + e.getMessage(), e);
        }
    }

    /** The embedded catalog, with the override file's rows winning over it when a file is given. */
    public static PriceSource standard(Optional<Path> overrideFile) {
        return overrideFile.<PriceSource>map(p -> new CompositePriceSource(List.of(file(p), embedded())))
                .orElseGet(PriceSources::embedded);
    }

    /**
     * The prices a command uses: {@code --pricing FILE} first, then the configuration's
     * {@code pricing { file = "…" }}, then the embedded catalog. The first that knows a SKU wins.
     */
    public static PriceSource forConfiguration(Configuration config, Optional<Path> commandLineFile) {
        return forConfiguration(config, commandLineFile, List.of());
    }

    /**
     * As {@link #forConfiguration(Configuration, Optional)}, with live provider sources (a provider's
     * offerings API) between the user's files and the embedded catalog: what a provider charges today
     * beats the shipped table, and a user's own file beats both.
     */
    public static PriceSource forConfiguration(Configuration config, Optional<Path> commandLineFile,
                                               List<PriceSource> live) {
        List<PriceSource> layers = new ArrayList<>();
        commandLineFile.ifPresent(p -> layers.add(file(p)));
        config.pricingFile().filter(p -> !commandLineFile.equals(Optional.of(p))).ifPresent(p -> layers.add(file(p)));
        layers.addAll(live);
        layers.add(embedded());
        return layers.size() == 1 ? layers.get(0) : new CompositePriceSource(layers);
    }

    private static List<PriceRow> readEmbedded() {
        InputStream in = PriceSources.class.getResourceAsStream(EMBEDDED_CATALOG);
        if (in == null) {
            throw new PriceCatalogException("embedded price catalog " + EMBEDDED_CATALOG + " is missing");
        }
        return PriceCsv.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "embedded:" + EMBEDDED_CATALOG);
    }
}
