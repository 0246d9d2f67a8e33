package io.provctl.rightsizing.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An embedded Prometheus HTTP API on a free local port, answering {@code /api/v1/query_range} with
 * whatever a test configured for the metric named in the query (an empty matrix otherwise), and
 * recording every request's parameters.
 */
public final class FakePrometheus implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Reply> replies = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);

    private FakePrometheus() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakePrometheus start() {
        try {
            return new FakePrometheus();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Prometheus", e);
        }
    }

    public URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** Answers queries that mention {@code metric} with this status and body. */
    public FakePrometheus respond(String metric, int status, String body) {
        replies.put(metric, new Reply(status, body));
        return this;
    }

    /** Answers every query with this status and body. */
    public FakePrometheus respondToAll(int status, String body) {
        return respond("", status, body);
    }

    /** Holds every answer until the latch is released: a server that does not answer in time. */
    public FakePrometheus holdUntil(CountDownLatch release) {
        this.hold = release;
        return this;
    }

    public List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    /** A matrix of series, each {@code [labels, [[unixSeconds, "value"], ...]]}. */
    public static String matrix(List<String> series) {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[" + String.join(",", series)
                + "]}}";
    }

    /** One series for a pod's container, a point every {@code stepSeconds} from {@code start}. */
    public static String series(String namespace, String pod, String container, long start, int stepSeconds,
                                String... values) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add("[" + (start + (long) i * stepSeconds) + ",\"" + values[i] + "\"]");
        }
        return "{\"metric\":{\"namespace\":\"" + namespace + "\",\"pod\":\"" + pod + "\",\"container\":\"" + container
                + "\"},\"values\":[" + String.join(",", points) + "]}";
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> params = params(ex.getRequestURI().getRawQuery());
        params.put("path", ex.getRequestURI().getPath());
        requests.add(params);
        try {
            hold.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Reply r = reply(params.getOrDefault("query", ""));
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(r.status(), body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up waiting; nothing to answer
        }
    }

    private Reply reply(String query) {
        synchronized (replies) {
            return replies.entrySet().stream().filter(e -> query.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(new Reply(200, matrix(List.of())));
        }
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        hold.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private record Reply(int status, String body) {
    }
}
