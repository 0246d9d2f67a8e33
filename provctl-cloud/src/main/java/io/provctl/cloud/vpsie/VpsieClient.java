package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import io.provctl.provider.ProviderException.Kind;
import io.provctl.time.Sleeper;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The VPSie public REST API: VMs, offerings, datacenters and images. Each call carries a current
 * token (refreshed once more after a 401), goes through the {@link RetryingTransport}, and fails with
 * a {@link VpsieApiException} whose kind says whether to retry.
 */
public final class VpsieClient {

    /** The most pages one listing reads, so a server that always says "more" cannot loop us forever. */
    static final int MAX_PAGES = 1000;

    /** Messages VPSie uses for account limits: retrying does not help, more quota does. */
    private static final List<String> QUOTA_MESSAGES = List.of("exceeds the allowed limit", "quota exceeded",
            "plan does not allow", "maximum number of", "limit reached", "subscription does not allow");

    private final RetryingTransport transport;
    private final TokenManager tokens;
    private final VpsieSettings settings;

    VpsieClient(RetryingTransport transport, TokenManager tokens, VpsieSettings settings) {
        this.transport = transport;
        this.tokens = tokens;
        this.settings = settings;
    }

    /** A client with its own HTTP client, rate limiter and circuit breaker. */
    public static VpsieClient create(VpsieSettings settings, VpsieCredentials credentials, Clock clock,
                                     Sleeper sleeper, RequestMetrics metrics) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        RetryingTransport transport = new RetryingTransport(http, settings,
                new RateLimiter(settings.requestsPerMinute(), clock, sleeper),
                new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor(), settings.breakerSuccesses(),
                        clock),
                new Backoff(settings.baseBackoff(), settings.maxBackoff(), new SecureRandom()), metrics, clock, sleeper);
        return new VpsieClient(transport, new TokenManager(credentials, transport, clock), settings);
    }

    /** Every VM of the account, all pages. */
    public List<VpsieVm> listVms() {
        return pages("/vm", VpsieVm.class);
    }

    public Optional<VpsieVm> getVm(long id) {
        try {
            return Optional.of(data(call(ApiRequest.get("/vm/" + id)), VpsieVm.class, "GET /vm/{id}"));
        } catch (VpsieApiException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Creates a VM. Not retried after a 5xx or timeout (it may have been made): callers find it again
     * by its tag, see {@link VpsieCloud}.
     */
    public VpsieVm createVm(CreateVmRequest request) {
        return data(call(ApiRequest.post("/vm", Json.write(request), false)), VpsieVm.class, "POST /vm");
    }

    /** Deletes a VM; one that is already gone counts as deleted. */
    public void deleteVm(long id) {
        try {
            call(ApiRequest.delete("/vm/" + id));
        } catch (VpsieApiException e) {
            if (e.kind() != Kind.NOT_FOUND) {
                throw e;
            }
        }
    }

    public List<VpsieOffering> offerings() {
        return pages("/offerings", VpsieOffering.class);
    }

    public List<VpsieDatacenter> datacenters() {
        return pages("/datacenters", VpsieDatacenter.class);
    }

    public List<VpsieImage> images() {
        return pages("/images", VpsieImage.class);
    }

    /** Where the circuit breaker stands, for health reporting. */
    public String circuitState() {
        return transport.circuit().name().toLowerCase(Locale.ROOT);
    }

    private <T> List<T> pages(String path, Class<T> type) {
        JavaType listType = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        List<T> out = new ArrayList<>();
        String operation = "GET " + path;
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode root = call(ApiRequest.get(path + "?page=" + page + "&per_page=" + settings.pageSize()));
            List<T> items = convert(root.path("data"), listType, operation);
            out.addAll(items);
            int totalPages = root.path("pagination").path("total_pages").asInt(1);
            if (items.isEmpty() || page >= totalPages) {
                return out;
            }
        }
        throw VpsieApiException.of(Kind.TRANSIENT, operation, "more than " + MAX_PAGES + " pages");
    }

    /** One call with a current token; after a 401, one more with a fresh token. */
    private JsonNode call(ApiRequest request) {
        ApiResponse response = transport.send(request.withAuthorization("Bearer " + tokens.token()));
        if (response.status() == 401 && tokens.invalidate()) {
            response = transport.send(request.withAuthorization("Bearer " + tokens.token()));
        }
        if (!response.ok()) {
            throw error(request.operation(), response, response.errorMessage());
        }
        JsonNode root = parse(request.operation(), response);
        if (root.path("error").asBoolean(false)) {
            throw error(request.operation(), response, root.path("message").asText("error without a message"));
        }
        return root;
    }

    private static JsonNode parse(String operation, ApiResponse response) {
        if (response.body().isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new VpsieApiException(Kind.TRANSIENT, operation, response.status(), response.requestId(),
                    "malformed JSON in the answer (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")", Optional.empty(), null);
        }
    }

    private static VpsieApiException error(String operation, ApiResponse r, String message) {
        return new VpsieApiException(kind(r.status(), message), operation, r.status(), r.requestId(), message,
                Optional.empty(), null);
    }

    static Kind kind(int status, String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (QUOTA_MESSAGES.stream().anyMatch(m::contains)) {
            return Kind.CAPACITY;
        }
        return switch (status) {
            case 401, 403 -> Kind.AUTH;
            case 404 -> Kind.NOT_FOUND;
            case 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 ? Kind.TRANSIENT : Kind.INVALID;
        };
    }

    /** The object itself, or its {@code data} when VPSie wraps it. */
    private static <T> T data(JsonNode root, Class<T> type, String operation) {
        JsonNode node = root.has("data") && root.get("data").isObject() ? root.get("data") : root;
        return convert(node, Json.MAPPER.getTypeFactory().constructType(type), operation);
    }

    private static <T> T convert(JsonNode node, JavaType type, String operation) {
        try {
            if (node.isMissingNode() || node.isNull()) {
                throw new IllegalArgumentException("no data");
            }
            return Json.MAPPER.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw VpsieApiException.of(Kind.TRANSIENT, operation, "unexpected answer shape: "
                    + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s;
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
