package io.provctl.metrics;

/**
 * Where container usage comes from: Prometheus, or samples of metrics.k8s.io kept by provctl. The
 * recommender reads usage only through this port.
 */
public interface MetricsSource {

    /**
     * CPU and memory samples and OOM kills of every container of the workload's pods within the
     * query's window.
     *
     * @throws MetricsException when the source cannot answer (unreachable, error reply, bad data)
     */
    WorkloadUsage usage(UsageQuery query);
}
