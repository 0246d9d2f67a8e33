package io.provctl.cost;

import io.provctl.cost.pricing.CachingPriceSource;
import io.provctl.cost.pricing.PriceKey;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachingPriceSourceTest {

    /** A clock the test moves by hand. */
    static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A live source that counts calls and whose price changes between calls. */
    static final class CountingSource implements PriceSource {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Optional<PriceRow> find(PriceKey key) {
            int n = calls.incrementAndGet();
            return key.sku().equals("missing") ? Optional.empty() : Optional.of(new PriceRow(key, Optional.of(2),
                    Optional.of(BigDecimal.valueOf(4)), BigDecimal.valueOf(n), Optional.empty(), PriceUnit.MONTH,
                    "live API", Optional.empty()));
        }

        @Override
        public List<PriceRow> rows() {
            calls.incrementAndGet();
            return List.of();
        }
    }

    @Test
    void servesFromCacheUntilTheDefaultOneHourTtlExpires() {
        FakeClock clock = new FakeClock();
        CountingSource live = new CountingSource();
        CachingPriceSource cache = new CachingPriceSource(live, clock);
        PriceKey key = new PriceKey("vpsie", "yul1", "plan");

        assertThat(cache.find(key).orElseThrow().price()).isEqualByComparingTo("1");
        clock.advance(Duration.ofMinutes(59));
        assertThat(cache.find(key).orElseThrow().price()).isEqualByComparingTo("1");
        assertThat(live.calls).hasValue(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.find(key).orElseThrow().price()).isEqualByComparingTo("2");
        assertThat(live.calls).hasValue(2);
    }

    @Test
    void cachesMissesAndListingsToo() {
        FakeClock clock = new FakeClock();
        CountingSource live = new CountingSource();
        CachingPriceSource cache = new CachingPriceSource(live, Duration.ofMinutes(5), clock);
        cache.find("vpsie", "yul1", "missing");
        cache.find("vpsie", "yul1", "missing");
        cache.rows();
        cache.rows();
        assertThat(live.calls).hasValue(2);
        clock.advance(Duration.ofMinutes(5));
        cache.rows();
        assertThat(live.calls).hasValue(3);
    }
}
