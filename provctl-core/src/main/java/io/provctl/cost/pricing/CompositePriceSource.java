package io.provctl.cost.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several sources in priority order: the first that knows a key wins, so a user's override file placed
 * first replaces catalog prices and adds the SKUs the catalog lacks.
 */
public final class CompositePriceSource implements PriceSource {

    private final List<PriceSource> sources;

    public CompositePriceSource(List<PriceSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public Optional<PriceRow> find(PriceKey key) {
        for (PriceSource s : sources) {
            Optional<PriceRow> row = s.find(key);
            if (row.isPresent()) {
                return row;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<PriceRow> rows() {
        Map<PriceKey, PriceRow> merged = new LinkedHashMap<>();
        for (PriceSource s : sources) {
            s.rows().forEach(r -> merged.putIfAbsent(r.key(), r));
        }
        return new ArrayList<>(merged.values());
    }
}
