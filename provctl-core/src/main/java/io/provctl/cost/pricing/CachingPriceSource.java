package io.provctl.cost.pricing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps what a slow source (a live provider API) answered for a while, so one estimate does not call it
 * once per pool. Misses are cached too: an unknown SKU stays unknown until the entry expires.
 */
public final class CachingPriceSource implements PriceSource {

    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private final PriceSource delegate;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentMap<PriceKey, Entry<Optional<PriceRow>>> found = new ConcurrentHashMap<>();
    private volatile Entry<List<PriceRow>> all;

    public CachingPriceSource(PriceSource delegate, Duration ttl, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("cache TTL must be positive, got " + ttl);
        }
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    public CachingPriceSource(PriceSource delegate, Clock clock) {
        this(delegate, DEFAULT_TTL, clock);
    }

    @Override
    public Optional<PriceRow> find(PriceKey key) {
        Instant now = clock.instant();
        Entry<Optional<PriceRow>> e = found.get(key);
        if (e == null || e.expired(now)) {
            e = new Entry<>(delegate.find(key), now.plus(ttl));
            found.put(key, e);
        }
        return e.value();
    }

    @Override
    public List<PriceRow> rows() {
        Instant now = clock.instant();
        Entry<List<PriceRow>> e = all;
        if (e == null || e.expired(now)) {
            e = new Entry<>(List.copyOf(delegate.rows()), now.plus(ttl));
            all = e;
        }
        return e.value();
    }

    private record Entry<T>(T value, Instant expiresAt) {
        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
