package io.provctl.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.ConfigurationServiceOverrider;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.operator.autoscaling.AutoscalerLoop;
import io.provctl.operator.autoscaling.AutoscalerMetrics;
import io.provctl.operator.autoscaling.AutoscalerOptions;
import io.provctl.operator.autoscaling.LeaderCheck;
import io.provctl.operator.autoscaling.NodeGroupTriggers;
import io.provctl.operator.health.Readiness;
import io.provctl.operator.http.OperatorHttpServer;
import io.provctl.operator.leader.LeaseRelease;
import io.provctl.operator.leader.LeaseTimings;
import io.provctl.operator.managednode.InterruptionPoller;
import io.provctl.operator.managednode.ManagedNodeReconciler;
import io.provctl.operator.metrics.MeteredNodeProvider;
import io.provctl.operator.metrics.OperatorMetrics;
import io.provctl.operator.nodegroup.NodeGroupReconciler;
import io.provctl.operator.rightsizing.CostOptimizationMetrics;
import io.provctl.operator.rightsizing.CostOptimizationReconciler;
import io.provctl.operator.rightsizing.RightsizingSettings;
import io.provctl.operator.provider.Backoff;
import io.provctl.operator.provider.CircuitBreaker;
import io.provctl.operator.provider.CircuitBreakingNodeProvider;
import io.provctl.operator.provider.ProviderPolicy;
import io.provctl.operator.provider.ProviderRetries;
import io.provctl.operator.settings.SettingsSource;
import io.provctl.provider.NodeProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The composition root: wires the client, the provider, the reconcilers, metrics, probes and leader
 * election by constructor, and starts them. {@link #close()} stops taking work, lets running reconciles
 * finish, releases the Lease and stops the HTTP servers.
 */
public final class ProvctlOperator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProvctlOperator.class);

    private final Operator operator;
    private final OperatorHttpServer probes;
    private final OperatorHttpServer metricsServer;
    private final PrometheusMeterRegistry registry;
    private final Runnable releaseLease;
    /** Set once, right after start, before the operator is handed out. */
    private volatile Optional<AutoscalerLoop> autoscaler = Optional.empty();
    /** Set once, right after start, before the operator is handed out. */
    private volatile Optional<InterruptionPoller> interruptions = Optional.empty();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private ProvctlOperator(Operator operator, OperatorHttpServer probes, OperatorHttpServer metricsServer,
                            PrometheusMeterRegistry registry, Runnable releaseLease) {
        this.operator = operator;
        this.probes = probes;
        this.metricsServer = metricsServer;
        this.registry = registry;
        this.releaseLease = releaseLease;
    }

    /**
     * Starts the operator. With leader election it returns at once and acts only while it holds the
     * Lease; without, it acts as soon as its informers have synced.
     */
    public static ProvctlOperator start(OperatorOptions options, KubernetesClient client, NodeProvider provider,
                                        Clock clock, PrometheusMeterRegistry registry) {
        return start(options, client, provider, clock, registry,
                RightsizingSettings.defaults(RightsizingSettings.unconfiguredSource()));
    }

    /** As above, with the CostOptimization controller's metrics source, prices and timings. */
    public static ProvctlOperator start(OperatorOptions options, KubernetesClient client, NodeProvider provider,
                                        Clock clock, PrometheusMeterRegistry registry,
                                        RightsizingSettings rightsizing) {
        return start(options, client, provider, clock, registry, rightsizing, AutoscalerOptions.disabled());
    }

    /** As above, with the node autoscaler when {@code autoscaling} enables it. */
    public static ProvctlOperator start(OperatorOptions options, KubernetesClient client, NodeProvider provider,
                                        Clock clock, PrometheusMeterRegistry registry,
                                        RightsizingSettings rightsizing, AutoscalerOptions autoscaling) {
        OperatorMetrics metrics = new OperatorMetrics(registry);
        CircuitBreakingNodeProvider guarded = guard(provider, options.providerPolicy(), metrics, clock);
        ProviderPolicy policy = options.providerPolicy();
        ProviderRetries retries = new ProviderRetries(new Backoff(policy.backoffBase(), policy.backoffMax()));
        SettingsSource settings = SettingsSource.fromCluster(client);
        Operator operator = new Operator(o -> configure(o, options, client, registry));
        operator.register(new NodeGroupReconciler(settings, clock, metrics, options.syncPeriod()), c -> {
            c.withReconciliationMaxInterval(options.syncPeriod());
            if (autoscaling.enabled()) {
                // The autoscaler asks for a size through status.desiredNodes, which leaves the generation alone.
                c.withGenerationAware(false).withOnUpdateFilter(NodeGroupTriggers::relevant);
            }
        });
        operator.register(new ManagedNodeReconciler(guarded, guarded::state, retries, settings, clock, metrics,
                        options.poll()),
                c -> c.withReconciliationMaxInterval(options.syncPeriod()));
        operator.register(new CostOptimizationReconciler(rightsizing, clock, new CostOptimizationMetrics(registry)),
                c -> c.withReconciliationMaxInterval(rightsizing.periodic()));
        Readiness readiness = new Readiness(operator);
        ProvctlOperator running = serve(options, operator, readiness, registry,
                () -> releaseLease(options, client, clock));
        try {
            operator.start();
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        readiness.markSynced();
        running.interruptions = Optional.of(new InterruptionPoller(client, guarded, leaderCheck(options, client), clock,
                registry, options.interruptionPoll()).start());
        running.autoscaler = autoscaler(options, client, clock, autoscaling, registry);
        LOG.info("provctl operator started (provider {}, leader election {})", provider.name(),
                options.leaderElection());
        return running;
    }

    /** The provider behind its circuit breaker, outside the metering so refused calls are not counted as requests. */
    private static CircuitBreakingNodeProvider guard(NodeProvider provider, ProviderPolicy policy,
                                                     OperatorMetrics metrics, Clock clock) {
        return new CircuitBreakingNodeProvider(new MeteredNodeProvider(provider, metrics),
                new CircuitBreaker(policy.failureThreshold(), policy.coolDown(), clock,
                        state -> metrics.providerCircuit(provider.name(), state)));
    }

    private static void configure(ConfigurationServiceOverrider o, OperatorOptions options, KubernetesClient client,
                                  PrometheusMeterRegistry registry) {
        o.withKubernetesClient(client)
                .withCloseClientOnStop(false)
                .withMetrics(MicrometerMetrics.withoutPerResourceMetrics(registry))
                // The merge patches we send work on every server; server-side apply does not (mock server).
                .withUseSSAToPatchPrimaryResource(false)
                .withSSABasedCreateUpdateMatchForDependentResources(false);
        if (options.leaderElection()) {
            LeaseTimings t = options.leaseTimings();
            // exitOnStopLeading false: losing the Lease stops this operator's work, not the JVM it runs in.
            o.withLeaderElectionConfiguration(new LeaderElectionConfiguration(OperatorOptions.LEASE_NAME,
                    options.leaseNamespace(), t.leaseDuration(), t.renewDeadline(), t.retryPeriod(),
                    options.identity(), null, false));
        }
    }

    /** Starts the HTTP servers before the operator, so that probes answer "not ready" while it syncs. */
    private static ProvctlOperator serve(OperatorOptions options, Operator operator, Readiness readiness,
                                         PrometheusMeterRegistry registry, Runnable releaseLease) {
        try {
            OperatorHttpServer metricsServer = OperatorHttpServer.metrics(options.metricsAddress(), registry::scrape);
            OperatorHttpServer probes = OperatorHttpServer.probes(options.healthAddress(), () -> true, readiness);
            return new ProvctlOperator(operator, probes, metricsServer, registry, releaseLease);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for metrics or probes: " + e.getMessage(), e);
        }
    }

    private static void releaseLease(OperatorOptions options, KubernetesClient client, Clock clock) {
        if (options.leaderElection()) {
            LeaseRelease.release(client, options.leaseNamespace(), OperatorOptions.LEASE_NAME, options.identity(),
                    clock);
        }
    }

    /** Only the replica holding the Lease autoscales; the loop asks before every pass. */
    private static Optional<AutoscalerLoop> autoscaler(OperatorOptions options, KubernetesClient client, Clock clock,
                                                       AutoscalerOptions autoscaling, PrometheusMeterRegistry registry) {
        if (!autoscaling.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new AutoscalerLoop(client, leaderCheck(options, client), clock, autoscaling,
                new AutoscalerMetrics(registry)).start());
    }

    /** With leader election, whether this replica holds the Lease now; without, always. */
    private static LeaderCheck leaderCheck(OperatorOptions options, KubernetesClient client) {
        return options.leaderElection()
                ? new LeaderCheck.HoldsLease(client, options.leaseNamespace(), OperatorOptions.LEASE_NAME,
                        options.identity())
                : new LeaderCheck.Always();
    }

    /** The spot interruption poller, running on every replica but acting only on the leader. */
    public Optional<InterruptionPoller> interruptions() {
        return interruptions;
    }

    /** The running autoscaler, when enabled. */
    public Optional<AutoscalerLoop> autoscaler() {
        return autoscaler;
    }

    public int metricsPort() {
        return metricsServer.port();
    }

    public int healthPort() {
        return probes.port();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            interruptions.ifPresent(InterruptionPoller::close);
            autoscaler.ifPresent(AutoscalerLoop::close);
            operator.stop();
            releaseLease.run();
            probes.close();
            metricsServer.close();
            LOG.info("provctl operator stopped");
        }
    }
}
