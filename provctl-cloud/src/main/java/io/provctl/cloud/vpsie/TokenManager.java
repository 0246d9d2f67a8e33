package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import io.provctl.provider.ProviderException.Kind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Holds the access token: exchanges client credentials for one at {@code POST /auth/from/api}, and
 * again when less than five minutes remain or after VPSie answered 401. A static token is used as is.
 */
final class TokenManager {

    static final String AUTH_PATH = "/auth/from/api";
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** VPSie's token lifetime when its answer does not say. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final VpsieCredentials credentials;
    private final RetryingTransport transport;
    private final Clock clock;
    private Token current;

    TokenManager(VpsieCredentials credentials, RetryingTransport transport, Clock clock) {
        this.credentials = credentials;
        this.transport = transport;
        this.clock = clock;
    }

    /** A token valid for at least the refresh margin. */
    synchronized String token() {
        if (credentials instanceof VpsieCredentials.StaticToken t) {
            return t.token();
        }
        if (current == null || !clock.instant().plus(REFRESH_MARGIN).isBefore(current.expires())) {
            current = fetch((VpsieCredentials.ClientCredentials) credentials);
        }
        return current.value();
    }

    /** Forgets a token VPSie rejected; true when a new one can be asked for. */
    synchronized boolean invalidate() {
        current = null;
        return credentials instanceof VpsieCredentials.ClientCredentials;
    }

    private Token fetch(VpsieCredentials.ClientCredentials c) {
        String form = "clientId=" + encode(c.clientId()) + "&clientSecret=" + encode(c.clientSecret());
        ApiRequest request = ApiRequest.post(AUTH_PATH, form, true).withContentType("application/x-www-form-urlencoded");
        ApiResponse response = transport.send(request);
        if (!response.ok()) {
            throw new VpsieApiException(Kind.AUTH, "authentication", response.status(), response.requestId(),
                    "client credentials rejected: " + response.errorMessage(), Optional.empty(), null);
        }
        return parse(response);
    }

    private Token parse(ApiResponse response) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(response.body());
        } catch (Exception e) {
            throw new VpsieApiException(Kind.TRANSIENT, "authentication", response.status(), response.requestId(),
                    "malformed JSON in the token answer", Optional.empty(), null);
        }
        JsonNode token = root == null ? null : root.path("accessToken").path("token");
        if (root.path("error").asBoolean(false) || token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new VpsieApiException(Kind.AUTH, "authentication", response.status(), response.requestId(),
                    "no access token: " + response.errorMessage(), Optional.empty(), null);
        }
        return new Token(token.asText(), expiry(root.path("accessToken").path("expires").asText("")));
    }

    private Instant expiry(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return clock.instant().plus(DEFAULT_LIFETIME);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant expires) {
        @Override
        public String toString() {
            return "Token[***, expires=" + expires + "]";
        }
    }
}
