package io.provctl.cloud.vpsie;

import io.provctl.provider.ProviderException.Kind;
import io.provctl.time.Sleeper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Sends requests to VPSie within the client-side rate limit and through the circuit breaker, with a
 * timeout on each, retrying 429s (always) and 5xx and timeouts (idempotent requests only) with
 * backoff. Answers that no retry changes (2xx, 4xx, 401) go back to the caller as they are.
 */
final class RetryingTransport {

    private final HttpClient http;
    private final VpsieSettings settings;
    private final RateLimiter limiter;
    private final CircuitBreaker breaker;
    private final Backoff backoff;
    private final RequestMetrics metrics;
    private final Clock clock;
    private final Sleeper sleeper;

    RetryingTransport(HttpClient http, VpsieSettings settings, RateLimiter limiter, CircuitBreaker breaker,
                      Backoff backoff, RequestMetrics metrics, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.settings = settings;
        this.limiter = limiter;
        this.breaker = breaker;
        this.backoff = backoff;
        this.metrics = metrics;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    ApiResponse send(ApiRequest request) {
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = once(request);
            if (outcome instanceof Outcome.Answered a && !retryable(a.response(), request)) {
                return a.response();
            }
            VpsieApiException failure = failure(request, outcome);
            if (attempt >= settings.maxAttempts() || !failure.retryable() || isFinal(outcome, request)) {
                throw failure;
            }
            pause(request, backoff.delay(attempt, failure.retryAfter()));
        }
    }

    CircuitBreaker.State circuit() {
        return breaker.state();
    }

    private Outcome once(ApiRequest request) {
        Optional<Duration> refused = breaker.refusal();
        if (refused.isPresent()) {
            metrics.rejected(request.method());
            return new Outcome.Refused(refused.get());
        }
        pauseForLimit(request);
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        try {
            HttpResponse<InputStream> r = http.send(httpRequest(request), HttpResponse.BodyHandlers.ofInputStream());
            ApiResponse response = new ApiResponse(r.statusCode(), read(r, request),
                    r.headers().firstValue("X-Request-ID"));
            metrics.record(request.method(), r.statusCode(), Duration.ofNanos(System.nanoTime() - startNanos));
            track(response.status());
            return new Outcome.Answered(response, retryAfter(r, start));
        } catch (IOException e) {
            metrics.record(request.method(), 0, Duration.ofNanos(System.nanoTime() - startNanos));
            breaker.failed();
            return new Outcome.NoAnswer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VpsieApiException.of(Kind.TRANSIENT, request.operation(), "interrupted");
        }
    }

    private HttpRequest httpRequest(ApiRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.baseUrl() + request.path()))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("User-Agent", "provctl");
        request.authorization().ifPresent(a -> b.header("Authorization", a));
        HttpRequest.BodyPublisher body = request.body().map(HttpRequest.BodyPublishers::ofString)
                .orElse(HttpRequest.BodyPublishers.noBody());
        request.body().ifPresent(x -> b.header("Content-Type", request.contentType()));
        return b.method(request.method(), body).build();
    }

    /** Reads at most the configured size: a runaway answer must not exhaust memory. */
    private String read(HttpResponse<InputStream> r, ApiRequest request) throws IOException {
        try (InputStream in = r.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxResponseBytes() + 1));
            if (bytes.length > settings.maxResponseBytes()) {
                throw VpsieApiException.of(Kind.TRANSIENT, request.operation(), "answer larger than "
                        + settings.maxResponseBytes() + " bytes");
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** 5xx count against the API's health; 4xx and 429 mean it is up and answering. */
    private void track(int status) {
        if (status >= 500) {
            breaker.failed();
        } else {
            breaker.succeeded();
        }
    }

    private static boolean retryable(ApiResponse r, ApiRequest request) {
        return r.status() == 429 || (r.status() >= 500 && request.idempotent());
    }

    /** An open circuit is not waited out here; an unanswered create may have happened and is not resent. */
    private static boolean isFinal(Outcome o, ApiRequest request) {
        return o instanceof Outcome.Refused || (o instanceof Outcome.NoAnswer && !request.idempotent());
    }

    private static VpsieApiException failure(ApiRequest request, Outcome outcome) {
        if (outcome instanceof Outcome.Answered a) {
            ApiResponse r = a.response();
            Kind kind = r.status() == 429 ? Kind.RATE_LIMITED : r.status() >= 500 ? Kind.TRANSIENT : Kind.INVALID;
            String prefix = r.status() == 429 ? "rate limited: " : "";
            return new VpsieApiException(kind, request.operation(), r.status(), r.requestId(),
                    prefix + r.errorMessage(), a.retryAfter(), null);
        }
        if (outcome instanceof Outcome.NoAnswer n) {
            return new VpsieApiException(Kind.TRANSIENT, request.operation(), 0, Optional.empty(),
                    n.cause() instanceof HttpTimeoutException ? "no answer within the timeout"
                            : "connection failed: " + n.cause().getClass().getSimpleName(),
                    Optional.empty(), n.cause());
        }
        Duration remaining = ((Outcome.Refused) outcome).remaining();
        return new VpsieApiException(Kind.TRANSIENT, request.operation(), 0, Optional.empty(),
                "circuit breaker open after repeated failures; calls resume in " + remaining.toSeconds() + " s",
                Optional.of(remaining), null);
    }

    private Optional<Duration> retryAfter(HttpResponse<?> r, Instant now) {
        return r.headers().firstValue("Retry-After").flatMap(v -> parseRetryAfter(v.trim(), now));
    }

    private static Optional<Duration> parseRetryAfter(String value, Instant now) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (RuntimeException unparseable) {
                return Optional.empty();
            }
        }
    }

    private void pauseForLimit(ApiRequest request) {
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VpsieApiException.of(Kind.TRANSIENT, request.operation(), "interrupted");
        }
    }

    private void pause(ApiRequest request, Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VpsieApiException.of(Kind.TRANSIENT, request.operation(), "interrupted");
        }
    }

    /** What one try came to. */
    private sealed interface Outcome {
        record Answered(ApiResponse response, Optional<Duration> retryAfter) implements Outcome {
        }

        record NoAnswer(IOException cause) implements Outcome {
        }

        record Refused(Duration remaining) implements Outcome {
        }
    }
}
