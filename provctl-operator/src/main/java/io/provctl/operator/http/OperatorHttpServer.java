package io.provctl.operator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A small HTTP server on the JDK's {@link HttpServer}: the probes or the metrics. A handler that throws
 * answers 500 instead of dropping the connection.
 */
public final class OperatorHttpServer implements AutoCloseable {


    private final HttpServer server;

    private OperatorHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code /healthz} and {@code /readyz}: 200 "ok" when the check holds, 503 otherwise. */
    public static OperatorHttpServer probes(InetSocketAddress address, BooleanSupplier live, BooleanSupplier ready)
            throws IOException {
        return start(address, Map.of("/healthz", text(() -> live.getAsBoolean()),
                "/readyz", text(() -> ready.getAsBoolean())));
    }

    /** Serves {@code /metrics} in the Prometheus text format. */
    public static OperatorHttpServer metrics(InetSocketAddress address, Supplier<String> scrape) throws IOException {
        return start(address, Map.of("/metrics", exchange -> Handlers.respond(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", scrape.get())));
    }

    /** The port it listens on (useful when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static OperatorHttpServer start(InetSocketAddress address, Map<String, HttpHandler> handlers)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        handlers.forEach((path, handler) -> server.createContext(path, Handlers.guarded(handler)));
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "provctl-http-" + address.getPort());
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new OperatorHttpServer(server);
    }

    private static HttpHandler text(BooleanSupplier check) {
        return exchange -> {
            boolean ok = check.getAsBoolean();
            Handlers.respond(exchange, ok ? 200 : 503, "text/plain; charset=utf-8", ok ? "ok\n" : "not ready\n");
        };
    }
}
