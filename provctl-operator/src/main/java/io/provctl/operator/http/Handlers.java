package io.provctl.operator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** What every HTTP endpoint of the operator shares: an answer, and a 500 instead of a dropped connection. */
public final class Handlers {

    private static final Logger LOG = LoggerFactory.getLogger(Handlers.class);

    private Handlers() {
    }

    /** Wraps a handler so that an exception answers 500 rather than closing the connection unanswered. */
    public static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                LOG.warn("{} failed: {}", exchange.getRequestURI(), e.toString());
                respond(exchange, 500, "text/plain; charset=utf-8", "internal error\n");
            }
        };
    }

    public static void respond(HttpExchange exchange, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
