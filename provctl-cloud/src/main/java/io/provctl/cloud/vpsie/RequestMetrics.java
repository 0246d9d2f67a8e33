package io.provctl.cloud.vpsie;

import java.time.Duration;

/** What the client reports about each HTTP exchange; a metrics library can implement it later. */
public interface RequestMetrics {

    /**
     * One exchange finished.
     *
     * @param status the HTTP status, or 0 when no answer came
     */
    void record(String method, int status, Duration latency);

    /** A call refused without being sent, because the circuit was open. */
    void rejected(String method);

    static RequestMetrics none() {
        return new RequestMetrics() {
            @Override
            public void record(String method, int status, Duration latency) {
            }

            @Override
            public void rejected(String method) {
            }
        };
    }
}
