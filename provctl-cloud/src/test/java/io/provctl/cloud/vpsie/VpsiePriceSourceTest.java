package io.provctl.cloud.vpsie;

import io.provctl.cost.pricing.PriceKey;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VpsiePriceSourceTest {

    private final VpsieTestSupport t = new VpsieTestSupport();
    private final VpsieClient client = t.client();

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void pricesEveryOfferingInEveryDatacenterPerMonth() {
        PriceSource prices = new VpsiePriceSource(client, t.clock);

        assertThat(prices.rows()).hasSize(15);
        PriceRow row = prices.find("vpsie", "yyz", "Standard 2 vCPU / 4 GB").orElseThrow();
        assertThat(row.price()).isEqualByComparingTo("20.00");
        assertThat(row.unit()).isEqualTo(PriceUnit.MONTH);
        assertThat(row.vcpu()).contains(2);
        assertThat(row.memoryGib()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4"));
        assertThat(row.date()).contains(LocalDate.of(2026, 11, 23));
        assertThat(prices.find(new PriceKey("vpsie", "mars-1", "Standard 2 vCPU / 4 GB"))).isEmpty();
    }

    @Test
    void cachesTheOfferingsForAnHourByDefault() {
        PriceSource prices = VpsiePriceSource.cached(client, VpsieSettings.defaults().priceTtl(), t.clock);

        prices.rows();
        prices.rows();
        assertThat(t.api.count("GET /offerings")).isEqualTo(3); // three pages, once

        t.clock.advance(Duration.ofMinutes(61));
        Optional<PriceRow> found = prices.rows().stream().findFirst();

        assertThat(found).isPresent();
        assertThat(t.api.count("GET /offerings")).isEqualTo(6);
        assertThat(found.get().price()).isInstanceOf(BigDecimal.class);
    }
}
