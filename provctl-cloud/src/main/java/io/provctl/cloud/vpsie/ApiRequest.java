package io.provctl.cloud.vpsie;

import java.util.Optional;

/**
 * One request to VPSie, relative to the base URL.
 *
 * @param authorization the Authorization header value, when the call needs one
 * @param idempotent    true when sending it twice does no harm, so a 5xx or timeout may be retried;
 *                      a VM create is not, and is made safe by its tag instead
 */
record ApiRequest(String method, String path, Optional<String> body, String contentType,
                  Optional<String> authorization, boolean idempotent) {

    static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Optional.empty(), "application/json", Optional.empty(), true);
    }

    static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, Optional.empty(), "application/json", Optional.empty(), true);
    }

    static ApiRequest post(String path, String json, boolean idempotent) {
        return new ApiRequest("POST", path, Optional.of(json), "application/json", Optional.empty(), idempotent);
    }

    ApiRequest withAuthorization(String value) {
        return new ApiRequest(method, path, body, contentType, Optional.of(value), idempotent);
    }

    ApiRequest withContentType(String value) {
        return new ApiRequest(method, path, body, value, authorization, idempotent);
    }

    /** "GET /vm", without the query: what failed, for messages and metrics. */
    String operation() {
        int q = path.indexOf('?');
        return method + " " + (q < 0 ? path : path.substring(0, q));
    }
}
