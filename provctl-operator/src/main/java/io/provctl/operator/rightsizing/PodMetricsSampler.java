package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.provctl.metrics.WorkloadRef;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.rightsizing.sampling.SampledUsageHistory;
import io.provctl.operator.schedule.RepeatingTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Polls metrics.k8s.io for the pods of every CostOptimization's target and feeds the readings to a
 * {@link SampledUsageHistory}, which the controller then reads as its metrics source: the usage
 * history metrics-server does not keep. One pass per interval lists the valid CostOptimizations, reads
 * the PodMetrics of each of their namespaces once, and records those of the pods each target's
 * selector picks, with the OOM kills those pods' statuses show. A namespace or target that cannot be read is skipped for that pass; metrics.k8s.io
 * missing (no metrics-server, or its APIService down) is logged once when it goes away and once when
 * it comes back, and the sampler keeps polling, so the history grows as soon as it answers.
 */
public final class PodMetricsSampler implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(PodMetricsSampler.class);

    private final KubernetesClient client;
    private final SampledUsageHistory history;
    private final Clock clock;
    private final AtomicBoolean unavailable = new AtomicBoolean();
    private volatile Optional<RepeatingTask> task = Optional.empty();

    public PodMetricsSampler(KubernetesClient client, SampledUsageHistory history, Clock clock) {
        this.client = client;
        this.history = history;
        this.clock = clock;
    }

    /** Samples now and then every {@code interval} until {@link #close()}. */
    public PodMetricsSampler start(Duration interval) {
        task = Optional.of(RepeatingTask.start("pod-metrics-sampler", interval, () -> {
            sampleOnce();
            return true;
        }));
        LOG.info("sampling metrics.k8s.io every {} for CostOptimization targets", interval);
        return this;
    }

    /** One pass over every target; the answer is how many readings were offered to the history. */
    public int sampleOnce() {
        Instant now = clock.instant();
        Map<String, List<WorkloadRef>> byNamespace = targets().stream()
                .collect(Collectors.groupingBy(WorkloadRef::namespace));
        int offered = 0;
        for (Map.Entry<String, List<WorkloadRef>> e : byNamespace.entrySet()) {
            List<PodMetrics> metrics;
            try {
                metrics = client.top().pods().metrics(e.getKey()).getItems();
            } catch (KubernetesClientException ex) {
                // 404 without metrics-server, 503 while its APIService is down, 403 without the RBAC rule:
                // all mean no namespace will answer this pass either.
                if (unavailable.compareAndSet(false, true)) {
                    LOG.warn("metrics.k8s.io does not answer ({}); CostOptimization usage history does not grow "
                            + "until it does (install metrics-server or run with --prometheus-url)", reason(ex));
                }
                return offered;
            }
            if (unavailable.compareAndSet(true, false)) {
                LOG.info("metrics.k8s.io answers again; sampling CostOptimization targets");
            }
            for (WorkloadRef ref : e.getValue()) {
                offered += record(ref, metrics, now);
            }
        }
        return offered;
    }

    /** Whether the last pass that reached metrics.k8s.io got an answer. */
    public boolean metricsApiAvailable() {
        return !unavailable.get();
    }

    private int record(WorkloadRef ref, List<PodMetrics> metrics, Instant now) {
        List<Pod> selected;
        try {
            selected = Workloads.read(client, ref).map(w -> client.pods().inNamespace(ref.namespace())
                    .withLabels(w.selector()).list().getItems()).orElse(List.of());
        } catch (KubernetesClientException ex) {
            LOG.warn("cannot read the pods of {}: {}", ref, reason(ex));
            return 0;
        }
        selected.forEach(p -> PodOomKills.of(p).forEach(kill -> history.recordOomKill(ref, kill)));
        Set<String> pods = selected.stream().map(p -> p.getMetadata().getName()).collect(Collectors.toSet());
        int offered = 0;
        for (PodMetrics m : metrics) {
            if (pods.contains(m.getMetadata().getName())) {
                for (var sample : PodMetricsSamples.of(m, now)) {
                    history.record(ref, sample);
                    offered++;
                }
            }
        }
        return offered;
    }

    private Set<WorkloadRef> targets() {
        return client.resources(CostOptimization.class).inAnyNamespace().list().getItems().stream()
                .filter(co -> CostOptimizationRules.problems(co).isEmpty())
                .map(CostOptimizationRules::target).collect(Collectors.toSet());
    }


    private static String reason(KubernetesClientException ex) {
        return ex.getCode() == 0 ? String.valueOf(ex.getMessage()) : "HTTP " + ex.getCode();
    }

    @Override
    public void close() {
        task.ifPresent(RepeatingTask::close);
    }

    /** For tests: whether {@link #close()} has stopped the sampling thread. */
    boolean stopped() {
        return task.map(RepeatingTask::stopped).orElse(true);
    }
}
