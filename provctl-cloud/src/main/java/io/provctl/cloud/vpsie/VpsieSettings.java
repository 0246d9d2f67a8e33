package io.provctl.cloud.vpsie;

import io.provctl.provider.ProviderException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the client talks to VPSie: where, how long it waits, how fast it may go, how often it retries
 * and when it stops trying. The defaults are the limits the original VPSie autoscaler kept.
 *
 * @param maxAttempts      tries per call, the first included
 * @param breakerFailures  consecutive failures that open the circuit
 * @param breakerOpenFor   how long an open circuit refuses calls before letting one through
 * @param breakerSuccesses successes in half-open state that close the circuit again
 */
public record VpsieSettings(URI baseUrl, Duration timeout, int requestsPerMinute, int maxAttempts,
                            Duration baseBackoff, Duration maxBackoff, int breakerFailures,
                            Duration breakerOpenFor, int breakerSuccesses, int pageSize, long maxResponseBytes,
                            Duration priceTtl) {

    public static final URI DEFAULT_URL = URI.create("https://api.vpsie.com/v2");

    public VpsieSettings {
        baseUrl = checkedUrl(baseUrl);
        if (requestsPerMinute <= 0 || maxAttempts <= 0 || breakerFailures <= 0 || breakerSuccesses <= 0
                || pageSize <= 0) {
            throw new IllegalArgumentException("VPSie limits must be positive");
        }
    }

    public static VpsieSettings defaults() {
        return new VpsieSettings(DEFAULT_URL, Duration.ofSeconds(30), 100, 5, Duration.ofMillis(500),
                Duration.ofSeconds(30), 5, Duration.ofSeconds(30), 2, 100, 10L * 1024 * 1024, Duration.ofHours(1));
    }

    /** The defaults with the base URL from {@code urlVariable} when it is set. */
    public static VpsieSettings fromEnv(Map<String, String> env, String urlVariable) {
        VpsieSettings d = defaults();
        return Optional.ofNullable(env.get(urlVariable)).map(String::trim).filter(s -> !s.isEmpty())
                .map(u -> d.withBaseUrl(parse(u, urlVariable))).orElse(d);
    }

    public VpsieSettings withBaseUrl(URI url) {
        return new VpsieSettings(url, timeout, requestsPerMinute, maxAttempts, baseBackoff, maxBackoff,
                breakerFailures, breakerOpenFor, breakerSuccesses, pageSize, maxResponseBytes, priceTtl);
    }

    public VpsieSettings withTimeout(Duration value) {
        return new VpsieSettings(baseUrl, value, requestsPerMinute, maxAttempts, baseBackoff, maxBackoff,
                breakerFailures, breakerOpenFor, breakerSuccesses, pageSize, maxResponseBytes, priceTtl);
    }

    public VpsieSettings withPageSize(int value) {
        return new VpsieSettings(baseUrl, timeout, requestsPerMinute, maxAttempts, baseBackoff, maxBackoff,
                breakerFailures, breakerOpenFor, breakerSuccesses, value, maxResponseBytes, priceTtl);
    }

    public VpsieSettings withMaxAttempts(int value) {
        return new VpsieSettings(baseUrl, timeout, requestsPerMinute, value, baseBackoff, maxBackoff,
                breakerFailures, breakerOpenFor, breakerSuccesses, pageSize, maxResponseBytes, priceTtl);
    }

    private static URI parse(String text, String variable) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw ProviderException.invalid(variable + ": not a URL: " + e.getMessage());
        }
    }

    /** Tokens travel in headers, so only https is allowed, except to this machine (tests, tunnels). */
    private static URI checkedUrl(URI url) {
        String scheme = Optional.ofNullable(url.getScheme()).orElse("");
        boolean ok = scheme.equals("https") || (scheme.equals("http") && isLoopback(url.getHost()));
        if (!ok || url.getHost() == null) {
            throw ProviderException.invalid("VPSie API URL " + url + ": must be https:// (http:// only for"
                    + " localhost)");
        }
        String s = url.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : url;
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equals("localhost")) {
            return true;
        }
        try {
            return Character.isDigit(host.charAt(0)) || host.startsWith("[")
                    ? InetAddress.getByName(host).isLoopbackAddress() : false;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
