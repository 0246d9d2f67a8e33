package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.operator.ProvctlOperator;
import io.provctl.operator.rightsizing.RightsizingSettings;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.testsupport.MutableClock;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * The operator with its autoscaler, the real reconcilers and the local cloud on the CRUD mock: passes
 * every 50 ms of real time, while the clock the decisions read moves only when a test moves it.
 */
final class RunningAutoscaler implements AutoCloseable {

    static final Duration BATCH_IDLE = Duration.ofSeconds(10);

    final MutableClock clock;
    final ProvctlOperator operator;
    final AutoscalerLoop loop;
    private final KubernetesClient client;

    private RunningAutoscaler(KubernetesClient client, MutableClock clock, ProvctlOperator operator) {
        this.client = client;
        this.clock = clock;
        this.operator = operator;
        this.loop = operator.autoscaler().orElseThrow();
    }

    /** Fast passes and the standard batch (10 s idle, 30 s at most), to build on. */
    static AutoscalerOptions options() {
        return AutoscalerOptions.defaults().withInterval(Duration.ofMillis(50))
                .withBatcher(new PodBatcher(BATCH_IDLE, Duration.ofSeconds(30)));
    }

    static RunningAutoscaler start(KubernetesClient client, Path dir, AutoscalerOptions options) {
        OperatorHarness.installCrds(client);
        MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
        ProvctlOperator operator = ProvctlOperator.start(OperatorHarness.options(dir, false, "a"), client,
                new SizedKubelet(OperatorHarness.cloud(dir, clock), client), clock,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                RightsizingSettings.defaults(RightsizingSettings.unconfiguredSource()), options);
        return new RunningAutoscaler(client, clock, operator);
    }

    /** Two passes more means at least one started after the caller's last change. */
    void awaitPasses(int more) {
        long target = loop.completedPasses() + more;
        await().atMost(Duration.ofSeconds(10)).until(() -> loop.completedPasses() >= target);
    }

    /**
     * Waits until the loop has seen every unschedulable pod in the API server (its gauge says so; the
     * loop reads informer caches, which may lag a write) and one more pass has put them in its batch.
     */
    void awaitPendingSeen() {
        long pending = client.pods().inAnyNamespace().list().getItems().stream()
                .filter(RunningAutoscaler::unschedulable).count();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                operator.registry().get("provctl.autoscaler.unschedulable.pods").gauge().value() == pending);
        awaitPasses(1);
    }

    /** Once the loop has seen the pending pods, moves past the batch's idle time and lets two passes run. */
    void closeBatch() {
        awaitPendingSeen();
        clock.advance(BATCH_IDLE);
        awaitPasses(2);
    }

    private static boolean unschedulable(Pod pod) {
        return pod.getSpec().getNodeName() == null && Optional.ofNullable(pod.getStatus())
                .map(PodStatus::getConditions).orElse(List.of()).stream()
                .anyMatch(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())
                        && "Unschedulable".equals(c.getReason()));
    }

    @Override
    public void close() {
        operator.close();
    }
}
