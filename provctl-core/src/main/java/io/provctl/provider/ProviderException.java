package io.provctl.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed provider call. {@link #retryable()} says whether trying again can help (rate limits, 5xx,
 * timeouts); {@link #retryAfter()} carries the provider's Retry-After when it sent one.
 */
public class ProviderException extends RuntimeException {

    private final Kind kind;
    private final Duration retryAfter;

    public ProviderException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public ProviderException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static ProviderException rateLimited(String message, Duration retryAfter) {
        return new ProviderException(Kind.RATE_LIMITED, message, retryAfter, null);
    }

    public static ProviderException transientFailure(String message) {
        return new ProviderException(Kind.TRANSIENT, message);
    }

    public static ProviderException notFound(String message) {
        return new ProviderException(Kind.NOT_FOUND, message);
    }

    public static ProviderException capacity(String message) {
        return new ProviderException(Kind.CAPACITY, message);
    }

    /** The provider has no spot capacity for the request (none left now, or none sold at all). */
    public static ProviderException spotUnavailable(String message) {
        return new ProviderException(Kind.SPOT_UNAVAILABLE, message);
    }

    public static ProviderException invalid(String message) {
        return new ProviderException(Kind.INVALID, message);
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.TRANSIENT;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Why a call failed. */
    public enum Kind {
        /** 429: slow down, honour Retry-After. */
        RATE_LIMITED,
        /** 5xx or a timeout: retry with backoff. */
        TRANSIENT,
        /** The resource does not exist. */
        NOT_FOUND,
        /** The provider has no capacity or quota left. */
        CAPACITY,
        /**
         * A spot request the provider cannot fill: no spot capacity left for the offering, or none sold at
         * all. An on-demand request for the same VM may succeed, so callers may fall back to it.
         */
        SPOT_UNAVAILABLE,
        /** The request itself is wrong (unknown instance type, bad CIDR). */
        INVALID,
        /** Missing or rejected credentials. */
        AUTH
    }
}
