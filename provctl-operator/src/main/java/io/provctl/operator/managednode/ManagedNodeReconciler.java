package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.events.EventRecorder;
import io.provctl.operator.managednode.NodeLifecycle.Next;
import io.provctl.operator.managednode.NodeLifecycle.Step;
import io.provctl.operator.metrics.OperatorMetrics;
import io.provctl.operator.provider.CircuitOpenException;
import io.provctl.operator.provider.CircuitState;
import io.provctl.operator.provider.ProviderRetries;
import io.provctl.operator.settings.SettingsSource;
import io.provctl.operator.status.Conditions;
import io.provctl.operator.status.StatusDiff;
import io.provctl.operator.status.StatusWriter;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Drives a ManagedNode through Pending, Provisioning, Provisioned, Joining and Ready, and on deletion
 * through Terminating and Deleting, with Failed from any phase. Thin: {@link NodeLifecycle} does the
 * steps; this class picks the step, writes the status once, records an event per transition and keeps
 * the finalizer (added by the framework before the first reconcile, so before any VM exists) until the
 * Node and the VM are gone.
 */
@ControllerConfiguration(name = ManagedNodeReconciler.NAME)
public final class ManagedNodeReconciler implements Reconciler<ManagedNode>, Cleaner<ManagedNode> {

    public static final String NAME = "managednode";
    private static final Logger LOG = LoggerFactory.getLogger(ManagedNodeReconciler.class);
    private static final String NODES = "nodes";

    /** The condition that shows whether the provider answers, from its circuit breaker. */
    public static final String PROVIDER_AVAILABLE = "ProviderAvailable";

    private final NodeProvider provider;
    private final Supplier<CircuitState> circuit;
    private final ProviderRetries retries;
    private final SettingsSource settings;
    private final Clock clock;
    private final OperatorMetrics metrics;
    private final Duration poll;
    private final NodeIndex index = new NodeIndex();

    public ManagedNodeReconciler(NodeProvider provider, Supplier<CircuitState> circuit, ProviderRetries retries,
                                 SettingsSource settings, Clock clock, OperatorMetrics metrics, Duration poll) {
        this.provider = provider;
        this.circuit = circuit;
        this.retries = retries;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.poll = poll;
    }

    @Override
    public List<EventSource<?, ManagedNode>> prepareEventSources(EventSourceContext<ManagedNode> context) {
        return List.of(new InformerEventSource<>(InformerEventSourceConfiguration.from(Node.class, ManagedNode.class)
                .withName(NODES)
                .withSecondaryToPrimaryMapper(index::lookup)
                .build(), context));
    }

    @Override
    public UpdateControl<ManagedNode> reconcile(ManagedNode mn, Context<ManagedNode> context) {
        return metrics.reconcile(NAME, () -> {
            Outcome outcome = run(mn, context, false);
            return outcome.next().after().map(d -> UpdateControl.<ManagedNode>noUpdate().rescheduleAfter(d))
                    .orElseGet(UpdateControl::noUpdate);
        });
    }

    @Override
    public DeleteControl cleanup(ManagedNode mn, Context<ManagedNode> context) {
        return metrics.reconcile(NAME, () -> {
            Outcome outcome = run(mn, context, true);
            if (outcome.gone()) {
                index.remove(ResourceID.fromResource(mn));
                retries.succeeded(ResourceID.fromResource(mn));
                metrics.managedNodeGone(key(mn));
                return DeleteControl.defaultDelete();
            }
            return DeleteControl.noFinalizerRemoval()
                    .rescheduleAfter(outcome.next().after().orElse(poll).plusMillis(1));
        });
    }

    /** What a run decided: when to look again, and whether the node is gone. */
    private record Outcome(Next next, boolean gone) {
    }

    private Outcome run(ManagedNode mn, Context<ManagedNode> context, boolean deleting) {
        Instant now = clock.instant();
        ManagedNodeStatus before = Optional.ofNullable(mn.getStatus()).orElseGet(ManagedNodeStatus::new);
        ManagedNodeStatus status = StatusDiff.copy(before, ManagedNodeStatus.class);
        Step step = new Step(mn, status, now, settings.current());
        if (status.getPhase() == null) {
            status.setCreatedAt(now.toString());
            step.enter(ManagedNodePhase.PENDING);
        }
        NodeLifecycle lifecycle = new NodeLifecycle(context.getClient(), provider, poll);
        Next next;
        boolean gone = false;
        ResourceID id = ResourceID.fromResource(mn);
        try {
            next = deleting ? removal(step, lifecycle, nodes(context)) : advance(step, lifecycle, nodes(context));
            gone = deleting && status.getPhase() == ManagedNodePhase.DELETING && status.getDeletedAt() != null;
            retries.succeeded(id);
            providerRecovered(step);
        } catch (ProviderException e) {
            next = providerFailure(step, lifecycle, e, id);
        } catch (NodeLifecycle.JoinSecretMissing e) {
            step.condition(NodeLifecycle.ERROR, true, "JoinSecretMissing", e.getMessage());
            status.setLastError(e.getMessage());
            next = Next.in(poll);
        }
        providerCondition(step);
        remember(mn, status);
        if (!finish(mn, context, before, step, gone)) {
            return new Outcome(Next.in(poll), false);
        }
        return new Outcome(next, gone);
    }

    /** A step that went through clears an Error the provider caused; other errors stay until their step clears them. */
    private static void providerRecovered(Step s) {
        boolean providerError = Conditions.find(Optional.ofNullable(s.status().getConditions()).orElse(List.of()),
                NodeLifecycle.ERROR).filter(c -> "True".equals(c.getStatus()))
                .map(c -> "ProviderError".equals(c.getReason()) || "CircuitOpen".equals(c.getReason())).orElse(false);
        if (providerError && s.status().getPhase() != ManagedNodePhase.FAILED) {
            s.condition(NodeLifecycle.ERROR, false, "Recovered", "the provider answers again");
        }
    }

    /** Shows the provider's circuit on the node, so a stalled node says why it stalls. */
    private void providerCondition(Step s) {
        CircuitState state = circuit.get();
        if (state instanceof CircuitState.Closed) {
            s.condition(PROVIDER_AVAILABLE, true, "Available", "provider " + provider.name() + " answers");
        } else if (state instanceof CircuitState.Open open) {
            s.condition(PROVIDER_AVAILABLE, false, "CircuitOpen", "provider " + provider.name()
                    + " keeps failing; calls paused until " + open.until());
        } else {
            s.condition(PROVIDER_AVAILABLE, false, "CircuitHalfOpen", "provider " + provider.name()
                    + " is being tried again after failures");
        }
    }

    private Next advance(Step s, NodeLifecycle lifecycle, Collection<Node> nodes) {
        return switch (s.status().getPhase()) {
            case PENDING -> lifecycle.pending(s);
            case PROVISIONING -> lifecycle.provisioning(s);
            case PROVISIONED -> lifecycle.provisioned(s, nodes);
            case JOINING -> lifecycle.joining(s, nodes);
            case READY -> Next.idle();
            case FAILED -> lifecycle.failed(s);
            case TERMINATING, DELETING -> Next.in(poll);
        };
    }

    private Next removal(Step s, NodeLifecycle lifecycle, Collection<Node> nodes) {
        ManagedNodePhase phase = s.status().getPhase();
        if (phase != ManagedNodePhase.TERMINATING && phase != ManagedNodePhase.DELETING) {
            s.enter(ManagedNodePhase.TERMINATING);
        }
        if (s.status().getPhase() == ManagedNodePhase.TERMINATING) {
            Next next = lifecycle.terminating(s, nodes);
            if (s.status().getPhase() != ManagedNodePhase.DELETING) {
                return next;
            }
        }
        lifecycle.deleting(s);
        return Next.idle();
    }

    /**
     * A retryable error waits with exponential backoff and jitter, at least the provider's Retry-After;
     * any other fails a node still starting.
     */
    private Next providerFailure(Step s, NodeLifecycle lifecycle, ProviderException e, ResourceID id) {
        s.status().setLastError(e.getMessage());
        ManagedNodePhase phase = s.status().getPhase();
        boolean starting = phase == ManagedNodePhase.PENDING || phase == ManagedNodePhase.PROVISIONING;
        if (!e.retryable() && starting) {
            return lifecycle.fail(s, "ProviderError", e.getMessage());
        }
        if (e instanceof CircuitOpenException open) {
            // A refused call costs nothing: look again each poll so the node moves as soon as the circuit
            // half-opens, and do not count it towards this node's backoff.
            s.condition(NodeLifecycle.ERROR, true, "CircuitOpen", e.getMessage());
            return Next.at(s.now(), s.now().plus(open.retryAfter().orElse(poll)), poll);
        }
        s.condition(NodeLifecycle.ERROR, true, "ProviderError", e.getMessage());
        return Next.in(retries.failed(id, e.retryAfter()));
    }

    /**
     * Writes the status when it changed, then records the step's events, so that each transition is
     * recorded once. Returns false when the write met a newer version: this reconcile saw a stale
     * copy, its work is dropped, and the next one starts from the fresh status.
     */
    private boolean finish(ManagedNode mn, Context<ManagedNode> context, ManagedNodeStatus before, Step step,
                           boolean gone) {
        ManagedNodeStatus after = step.status();
        after.setObservedGeneration(mn.getMetadata().getGeneration());
        if (!gone && !StatusDiff.same(before, after) && !StatusWriter.write(mn, after, context)) {
            return false;
        }
        metrics.managedNode(key(mn), after.getPhase());
        EventRecorder events = new EventRecorder(context.getClient(), clock);
        step.notes().forEach(n -> {
            LOG.info("managednode {}: {} {}", key(mn), n.reason(), n.message());
            if (n.warning()) {
                events.warning(mn, n.reason(), n.message());
            } else {
                events.normal(mn, n.reason(), n.message());
            }
        });
        return true;
    }

    private void remember(ManagedNode mn, ManagedNodeStatus status) {
        if (status.getProviderID() != null) {
            index.put(ResourceID.fromResource(mn), status.getProviderID(), NodeLifecycle.vmName(mn),
                    Optional.ofNullable(status.getIpAddress()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<Node> nodes(Context<ManagedNode> context) {
        return ((InformerEventSource<Node, ManagedNode>) context.eventSourceRetriever()
                .getEventSourceFor(Node.class, NODES)).list(n -> true).toList();
    }

    private static String key(ManagedNode mn) {
        return mn.getMetadata().getNamespace() + "/" + mn.getMetadata().getName();
    }
}
