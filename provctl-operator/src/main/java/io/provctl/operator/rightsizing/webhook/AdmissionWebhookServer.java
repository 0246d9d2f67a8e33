package io.provctl.operator.rightsizing.webhook;

import io.provctl.operator.http.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Serves the CostOptimization admission webhooks on the JDK's HTTP server: {@code POST /validate} and
 * {@code POST /mutate}. The API server only calls webhooks over TLS, so production passes an
 * {@link SSLContext} ({@link WebhookTls}); tests may listen in plain HTTP on loopback. A request that
 * cannot be handled answers 500, so the API server applies the webhook's failurePolicy instead of
 * waiting on a dropped connection.
 */
public final class AdmissionWebhookServer implements AutoCloseable {

    public static final String VALIDATE_PATH = "/validate";
    public static final String MUTATE_PATH = "/mutate";


    private final HttpServer server;

    private AdmissionWebhookServer(HttpServer server) {
        this.server = server;
    }

    public static AdmissionWebhookServer start(InetSocketAddress address, Optional<SSLContext> tls,
                                               CostOptimizationAdmission admission, ObjectMapper json)
            throws IOException {
        return start(address, tls, admission::validate, admission::mutate, json);
    }

    /** Serves the given answers to AdmissionReviews: the seam the tests use to make a handler fail. */
    public static AdmissionWebhookServer start(InetSocketAddress address, Optional<SSLContext> tls,
                                               UnaryOperator<JsonNode> validate, UnaryOperator<JsonNode> mutate,
                                               ObjectMapper json) throws IOException {
        HttpServer server = tls.isPresent() ? https(address, tls.get()) : HttpServer.create(address, 0);
        server.createContext(VALIDATE_PATH, Handlers.guarded(review(json, validate)));
        server.createContext(MUTATE_PATH, Handlers.guarded(review(json, mutate)));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "provctl-webhook");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new AdmissionWebhookServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static HttpsServer https(InetSocketAddress address, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(address, 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return server;
    }

    private static HttpHandler review(ObjectMapper json, UnaryOperator<JsonNode> answer) {
        return exchange -> {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "only POST\n", "text/plain; charset=utf-8");
                return;
            }
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = json.readTree(in);
            } catch (IOException e) {
                respond(exchange, 400, "the body is not JSON: " + e.getMessage() + "\n", "text/plain; charset=utf-8");
                return;
            }
            respond(exchange, 200, json.writeValueAsString(answer.apply(request)), "application/json");
        };
    }

    private static void respond(HttpExchange exchange, int code, String body, String type) throws IOException {
        Handlers.respond(exchange, code, type, body);
    }
}
