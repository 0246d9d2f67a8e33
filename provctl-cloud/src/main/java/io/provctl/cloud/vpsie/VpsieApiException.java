package io.provctl.cloud.vpsie;

import io.provctl.provider.ProviderException;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed VPSie call: which operation, the HTTP status when there was an answer (0 otherwise) and
 * VPSie's request ID for support. Messages carry VPSie's own error text, never a token or secret.
 */
public final class VpsieApiException extends ProviderException {

    private final String operation;
    private final int status;
    private final String requestId;

    public VpsieApiException(Kind kind, String operation, int status, Optional<String> requestId, String message,
                             Optional<Duration> retryAfter, Throwable cause) {
        super(kind, "VPSie " + operation + ": " + message + (status > 0 ? " (HTTP " + status + ")" : "")
                + requestId.map(id -> " [request " + id + "]").orElse(""), retryAfter.orElse(null), cause);
        this.operation = operation;
        this.status = status;
        this.requestId = requestId.orElse(null);
    }

    public static VpsieApiException of(Kind kind, String operation, String message) {
        return new VpsieApiException(kind, operation, 0, Optional.empty(), message, Optional.empty(), null);
    }

    public String operation() {
        return operation;
    }

    /** The HTTP status, or 0 when no answer came (timeout, connection refused, circuit open). */
    public int status() {
        return status;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
