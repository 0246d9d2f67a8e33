package io.provctl.cost.pricing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory table of prices; later rows for the same key replace earlier ones. */
public final class TablePriceSource implements PriceSource {

    private final Map<PriceKey, PriceRow> rows;
    private final List<PriceRow> ordered;

    public TablePriceSource(Collection<PriceRow> rows) {
        Map<PriceKey, PriceRow> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.key(), r));
        this.rows = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    @Override
    public Optional<PriceRow> find(PriceKey key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public List<PriceRow> rows() {
        return ordered;
    }
}
