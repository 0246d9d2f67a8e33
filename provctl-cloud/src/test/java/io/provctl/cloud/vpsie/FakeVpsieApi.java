package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.provctl.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful stand-in for the VPSie API on a loopback port: issues expiring tokens for one client ID
 * and secret, keeps VMs, serves offerings, datacenters and images in pages of at most
 * {@link #maxPerPage}, and plays scripted faults (status codes, Retry-After, malformed JSON, a create
 * that answers late after making its VM). Its clock is the test's, so token expiry needs no waiting.
 */
public final class FakeVpsieApi implements AutoCloseable {

    public static final String CLIENT_ID = "provctl-test-client";
    public static final String CLIENT_SECRET = "s3cr3t-value-never-logged";
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each exchange waits on
        // a delayed ACK (~40 ms), which adds up over paged listings.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Clock clock;
    private final Map<Long, ObjectNode> vms = new LinkedHashMap<>();
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<ObjectNode> offerings = new ArrayList<>();
    private long nextId = 1001;
    /** The user data each create sent, by hostname (VPSie does not echo it back). */
    private final Map<String, String> userData = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.concurrent.CountDownLatch createAnswers = new java.util.concurrent.CountDownLatch(0);
    public volatile int maxPerPage = 2;

    private FakeVpsieApi(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/v2", this::handle);
        seedOfferings();
        server.start();
    }

    public static FakeVpsieApi start(Clock clock) {
        try {
            return new FakeVpsieApi(clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
    }

    /** The next {@code times} requests whose "METHOD /path" starts with {@code prefix} get this answer. */
    public FakeVpsieApi fail(String prefix, int times, int status, String body, Map<String, String> headers) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(prefix, status, body, headers));
        }
        return this;
    }

    public FakeVpsieApi fail(String prefix, int times, int status) {
        return fail(prefix, times, status, "{\"error\":true,\"message\":\"scripted failure\",\"code\":" + status + "}",
                Map.of());
    }

    /** Creates still happen, but their answer comes this late (longer than the client's timeout). */
    /**
     * Makes the server create VMs but hold the answers back until {@link #releaseCreateAnswers()}: a
     * client times out after the VM exists, as on a slow network.
     */
    public void holdCreateAnswers() {
        createAnswers = new java.util.concurrent.CountDownLatch(1);
    }

    public String userDataOf(String hostname) {
        return userData.getOrDefault(hostname, "");
    }

    public void releaseCreateAnswers() {
        createAnswers.countDown();
    }

    /** Makes every issued token invalid, as if VPSie rotated its keys. */
    public synchronized void revokeTokens() {
        tokens.clear();
    }

    public synchronized List<JsonNode> vms() {
        return List.copyOf(vms.values());
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** Every request as "METHOD /path?query", in order. */
    public List<String> log() {
        return List.copyOf(log);
    }

    public long count(String prefix) {
        return log.stream().filter(l -> l.startsWith(prefix)).count();
    }

    @Override
    public void close() {
        releaseCreateAnswers();
        // HttpServer.stop waits about a second for its dispatcher; nothing depends on that, so don't wait.
        Thread stopper = new Thread(() -> server.stop(0), "fake-vpsie-stop");
        stopper.setDaemon(true);
        stopper.start();
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring("/v2".length());
            String line = ex.getRequestMethod() + " " + path;
            log.add(line + (ex.getRequestURI().getQuery() == null ? "" : "?" + ex.getRequestURI().getQuery()));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Fault fault = takeFault(line);
            if (fault != null) {
                fault.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
                send(ex, fault.status(), fault.body());
                return;
            }
            route(ex, line, path, body);
        } catch (RuntimeException e) {
            send(ex, 500, "{\"error\":true,\"message\":\"fake failed: " + e + "\"}");
        }
    }

    private Fault takeFault(String line) {
        for (Fault f : faults) {
            if (line.startsWith(f.prefix()) && faults.remove(f)) {
                return f;
            }
        }
        return null;
    }

    private void route(HttpExchange ex, String line, String path, String body) throws IOException {
        if (line.equals("POST /auth/from/api")) {
            send(ex, 200, issueToken(form(body)));
            return;
        }
        if (!authorised(ex)) {
            send(ex, 401, "{\"error\":true,\"message\":\"Unauthenticated.\",\"code\":401}");
            return;
        }
        ex.getResponseHeaders().add("X-Request-ID", "req-" + log.size());
        Map<String, String> query = form(ex.getRequestURI().getQuery());
        switch (line) {
            case "GET /vm" -> send(ex, 200, page(new ArrayList<>(vmsSnapshot()), query));
            case "POST /vm" -> createVm(ex, Json.MAPPER.readTree(body));
            case "GET /offerings" -> send(ex, 200, page(new ArrayList<>(offerings), query));
            case "GET /datacenters" -> send(ex, 200, page(datacenters(), query));
            case "GET /images" -> send(ex, 200, page(images(), query));
            default -> vmById(ex, line, path);
        }
    }

    private void vmById(HttpExchange ex, String line, String path) throws IOException {
        if (!path.matches("/vm/\\d+")) {
            send(ex, 404, "{\"error\":true,\"message\":\"Route not found\"}");
            return;
        }
        long id = Long.parseLong(path.substring(4));
        ObjectNode vm;
        synchronized (this) {
            vm = line.startsWith("DELETE") ? vms.remove(id) : vms.get(id);
        }
        if (vm == null) {
            send(ex, 404, "{\"error\":true,\"message\":\"VM not found\"}");
        } else {
            send(ex, 200, line.startsWith("DELETE") ? "{\"error\":false,\"message\":\"deleted\"}" : vm.toString());
        }
    }

    private void createVm(HttpExchange ex, JsonNode req) throws IOException {
        for (String field : List.of("hostname", "offering_id", "datacenter_id", "os_image_id")) {
            if (req.path(field).asText("").isEmpty()) {
                send(ex, 422, "{\"error\":true,\"message\":\"The " + field + " field is required.\"}");
                return;
            }
        }
        ObjectNode offering = offerings.stream().filter(o -> o.get("id").asText().equals(req.get("offering_id").asText()))
                .findFirst().orElse(null);
        if (offering == null) {
            send(ex, 200, "{\"error\":true,\"message\":\"Invalid offering.\"}");
            return;
        }
        ObjectNode vm = Json.MAPPER.createObjectNode();
        synchronized (this) {
            long id = nextId++;
            vm.put("id", id).put("identifier", UUID.nameUUIDFromBytes(Long.toString(id).getBytes()).toString())
                    .put("name", req.path("name").asText()).put("hostname", req.get("hostname").asText())
                    .put("status", "running").put("cpu", offering.get("cpu").asInt())
                    .put("ram", offering.get("ram").asInt()).put("ssd", offering.get("disk").asInt())
                    .put("default_ip", "203.0.113." + (id % 250)).put("boxsize_id", offering.get("id").asText())
                    .put("datacenter_id", req.get("datacenter_id").asText())
                    .put("notes", req.path("notes").asText("")).put("created_on", clock.instant().toString());
            vm.set("tags", req.path("tags").isArray() ? req.get("tags") : Json.MAPPER.createArrayNode());
            vms.put(id, vm);
            userData.put(req.get("hostname").asText(), req.path("user_data").asText(""));
        }
        awaitRelease(createAnswers);
        send(ex, 200, vm.toString());
    }

    private synchronized List<ObjectNode> vmsSnapshot() {
        return List.copyOf(vms.values());
    }

    private synchronized String issueToken(Map<String, String> form) {
        if (!CLIENT_ID.equals(form.get("clientId")) || !CLIENT_SECRET.equals(form.get("clientSecret"))) {
            return "{\"error\":true,\"message\":\"Invalid client credentials\",\"code\":401}";
        }
        String token = "tok-" + tokensIssued.incrementAndGet();
        Instant expires = clock.instant().plus(TOKEN_LIFETIME);
        tokens.put(token, expires);
        return "{\"accessToken\":{\"token\":\"" + token + "\",\"expires\":\"" + expires + "\"},"
                + "\"refreshToken\":{\"token\":\"r-" + token + "\",\"expires\":\"" + expires.plus(Duration.ofDays(1))
                + "\"}}";
    }

    private synchronized boolean authorised(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null || !h.startsWith("Bearer ")) {
            return false;
        }
        Instant expires = tokens.get(h.substring(7));
        return expires != null && clock.instant().isBefore(expires);
    }

    private String page(List<? extends JsonNode> items, Map<String, String> query) {
        int perPage = Math.min(maxPerPage, Integer.parseInt(query.getOrDefault("per_page", "15")));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int totalPages = Math.max(1, (items.size() + perPage - 1) / perPage);
        ArrayNode data = Json.MAPPER.createArrayNode();
        items.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(data::add);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("data", data);
        out.putObject("pagination").put("total", items.size()).put("count", data.size()).put("per_page", perPage)
                .put("current_page", page).put("total_pages", totalPages);
        return out.toString();
    }

    private void seedOfferings() {
        offering("ofr-1c2g", "Standard 1 vCPU / 2 GB", 1, 2048, 40, "10.00", "0.01389");
        offering("ofr-2c4g", "Standard 2 vCPU / 4 GB", 2, 4096, 80, "20.00", "0.02778");
        offering("ofr-4c8g", "Standard 4 vCPU / 8 GB", 4, 8192, 160, "40.00", "0.05556");
        offering("ofr-8c16g", "Standard 8 vCPU / 16 GB", 8, 16384, 320, "80.00", "0.11111");
        offering("ofr-2c8g", "Memory 2 vCPU / 8 GB", 2, 8192, 80, "30.00", "0.04167");
    }

    private void offering(String id, String name, int cpu, int ram, int disk, String price, String hourly) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("id", id).put("name", name).put("cpu", cpu).put("ram", ram)
                .put("disk", disk).put("bandwidth", 2000).put("price", new BigDecimal(price))
                .put("hourly_price", new BigDecimal(hourly)).put("available", true).put("category", "standard");
        offerings.add(o);
    }

    private static List<ObjectNode> datacenters() {
        return List.of(dc("dc-yyz", "Toronto", "yyz", "CA", "Toronto"), dc("dc-lon", "London", "lon", "GB", "London"),
                dc("dc-nyc", "New York", "nyc", "US", "New York"));
    }

    private static ObjectNode dc(String id, String name, String code, String country, String city) {
        return Json.MAPPER.createObjectNode().put("id", id).put("name", name).put("code", code)
                .put("country", country).put("city", city).put("continent", "x").put("available", true);
    }

    private static List<ObjectNode> images() {
        return List.of(Json.MAPPER.createObjectNode().put("id", "img-deb12").put("name", "Debian 12")
                        .put("distribution", "debian").put("available", true),
                Json.MAPPER.createObjectNode().put("id", "img-u2404").put("name", "Ubuntu 24.04")
                        .put("distribution", "ubuntu").put("available", true));
    }

    private static Map<String, String> form(String text) {
        Map<String, String> out = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    private static void awaitRelease(java.util.concurrent.CountDownLatch gate) {
        try {
            gate.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Fault(String prefix, int status, String body, Map<String, String> headers) {
    }
}
