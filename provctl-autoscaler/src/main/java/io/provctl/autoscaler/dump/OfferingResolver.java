package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.Quantities;
import io.provctl.autoscaler.model.Resources;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a NodeGroup's offeringIDs into offerings: a catalog name is priced and sized by the price source
 * (the group's provider and region preferred when it names them), its spot price the catalog's or, where
 * the catalog has none, the assumed ratio of on-demand; an object carries its own capacity and price
 * ({@code cpu}, {@code memory}, {@code pods}, {@code pricePerHour}, optionally {@code spotPricePerHour}).
 */
final class OfferingResolver {

    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

    private final PriceSource prices;

    OfferingResolver(PriceSource prices) {
        this.prices = prices;
    }

    Offering resolve(JsonNode entry, Optional<String> provider, Optional<String> region) {
        if (entry.isObject()) {
            return inline(entry);
        }
        String name = entry.asText();
        List<PriceRow> rows = prices.rows().stream().filter(r -> r.isInstanceType() && r.sku().equals(name)).toList();
        PriceRow row = rows.stream().min(Comparator.comparingInt(r -> -affinity(r, provider, region)))
                .orElseThrow(() -> new IllegalArgumentException("offering " + name
                        + " is not in the price catalog; give it inline as {name, cpu, memory, pods, pricePerHour}"
                        + " or add it with --pricing FILE"));
        long memory = row.memoryGib().orElseThrow().multiply(GIB).longValue();
        Offering offering = Offering.of(name, row.vcpu().orElseThrow() * 1000L, memory, NodeMapper.DEFAULT_MAX_PODS,
                row.price());
        return row.spotPrice().map(spot -> offering.withSpotPrice(spot, false)).orElse(offering);
    }

    /** How well a catalog row matches the group's provider and region. */
    private static int affinity(PriceRow r, Optional<String> provider, Optional<String> region) {
        int score = 0;
        if (provider.filter(p -> p.equalsIgnoreCase(r.provider())).isPresent()) {
            score += 2;
        }
        if (region.filter(p -> p.equalsIgnoreCase(r.region())).isPresent()) {
            score += 1;
        }
        return score;
    }

    private static Offering inline(JsonNode o) {
        String cpu = Fields.text(o, "cpu").orElseThrow(() -> new IllegalArgumentException("an inline offering needs cpu"));
        String memory = Fields.text(o, "memory")
                .orElseThrow(() -> new IllegalArgumentException("an inline offering needs memory"));
        String price = Fields.text(o, "pricePerHour")
                .orElseThrow(() -> new IllegalArgumentException("an inline offering needs pricePerHour"));
        String name = Fields.text(o, "name").or(() -> Fields.text(o, "id")).orElse(cpu + "cpu-" + memory);
        BigDecimal pricePerHour;
        try {
            pricePerHour = new BigDecimal(price.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offering " + name + ": pricePerHour \"" + price + "\" is not a number", e);
        }
        long ephemeral = Fields.text(o, "ephemeralStorage").map(Quantities::whole).orElse(Resources.UNLIMITED);
        Offering offering = new Offering(name, new Resources(Quantities.millis(cpu), Quantities.whole(memory),
                ephemeral, Fields.integer(o, "pods", (int) NodeMapper.DEFAULT_MAX_PODS)), pricePerHour);
        Optional<String> spot = Fields.text(o, "spotPricePerHour");
        if (spot.isEmpty()) {
            return offering;
        }
        try {
            return offering.withSpotPrice(new BigDecimal(spot.get().trim()), false);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offering " + name + ": spotPricePerHour \"" + spot.get()
                    + "\" is not a number", e);
        }
    }
}
