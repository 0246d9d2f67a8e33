package io.provctl.cloud.vpsie;

import io.provctl.cost.pricing.CachingPriceSource;
import io.provctl.cost.pricing.PriceKey;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Today's VPSie prices from {@code GET /offerings}: one row per offering and datacenter it is sold in,
 * keyed {@code vpsie/<datacenter code>/<offering name>}, priced per month as VPSie bills (a 720-hour
 * month, see {@code BillingPolicies}). Wrap it with {@link #cached} so an estimate calls VPSie once.
 */
public final class VpsiePriceSource implements PriceSource {

    static final String SOURCE = "VPSie API GET /offerings";

    private final VpsieClient client;
    private final Clock clock;

    public VpsiePriceSource(VpsieClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The live prices, kept for {@code ttl} (1 hour by default, {@link VpsieSettings#priceTtl()}). */
    public static PriceSource cached(VpsieClient client, Duration ttl, Clock clock) {
        return new CachingPriceSource(new VpsiePriceSource(client, clock), ttl, clock);
    }

    @Override
    public Optional<PriceRow> find(PriceKey key) {
        return rows().stream().filter(r -> r.key().equals(key)).findFirst();
    }

    @Override
    public List<PriceRow> rows() {
        List<VpsieDatacenter> datacenters = client.datacenters().stream().filter(VpsieDatacenter::available).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<PriceRow> out = new ArrayList<>();
        for (VpsieOffering o : client.offerings()) {
            for (VpsieDatacenter dc : datacenters) {
                if (o.soldIn(dc.id())) {
                    out.add(row(o, dc, today));
                }
            }
        }
        return List.copyOf(out);
    }

    private static PriceRow row(VpsieOffering o, VpsieDatacenter dc, LocalDate today) {
        BigDecimal memoryGib = BigDecimal.valueOf(o.ram()).divide(BigDecimal.valueOf(1024), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new PriceRow(new PriceKey("vpsie", dc.region(), o.name()), Optional.of(o.cpu()),
                Optional.of(memoryGib), o.price(), Optional.empty(), PriceUnit.MONTH, SOURCE, Optional.of(today));
    }
}
