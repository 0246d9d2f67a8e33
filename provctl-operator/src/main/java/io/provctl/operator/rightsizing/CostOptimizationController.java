package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.provctl.metrics.MetricsException;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationPhase;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationStatus;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationApiGroup;
import io.provctl.operator.events.EventRecorder;
import io.provctl.operator.status.Conditions;
import io.provctl.operator.status.StatusDiff;
import io.provctl.rightsizing.Analysis;
import io.provctl.rightsizing.OptimizationPolicy;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.apply.ApplyDecision;
import io.provctl.rightsizing.apply.RollbackDecision;
import io.provctl.rightsizing.apply.RollbackVerifier;
import io.provctl.rightsizing.apply.WorkloadPatch;
import io.provctl.rightsizing.policy.GateFailure;
import io.provctl.rightsizing.pricing.WorkloadPrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One reconcile of a CostOptimization, in ordered steps: check the spec, watch an applied change (and
 * roll it back when it fails), analyse when the schedule says so, then show or apply the result. The
 * decisions are provctl-rightsizing's; this class reads, calls them, writes, and patches the status
 * at the end, and also on entering Pending, Analyzing and Applying so that those phases are seen. It
 * returns when to look again.
 */
public final class CostOptimizationController {

    public static final String VALID = "Valid";
    public static final String APPLIED = "Applied";
    public static final String WATCHING = "Watching";
    public static final String STABLE = "Stable";

    /**
     * Said whenever costs are not the workload's own nodes' prices. Not added to a RolledBack message,
     * which the next analysis carries over and would then repeat it.
     */
    private static final String REFERENCE_PRICES = " (costs use the reference node's prices: ";
    private static final String NOT_AGAIN = "not applied again after a rollback until the spec changes; ";
    private static final Logger LOG = LoggerFactory.getLogger(CostOptimizationController.class);

    private final KubernetesClient client;
    private final RightsizingSettings settings;
    private final Clock clock;
    private final CostOptimizationMetrics metrics;
    private final EventRecorder events;
    private final RollbackStateStore store;
    private final WorkloadWriter writer;

    public CostOptimizationController(KubernetesClient client, RightsizingSettings settings, Clock clock,
                                      CostOptimizationMetrics metrics) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.events = new EventRecorder(client, clock);
        this.store = new RollbackStateStore(client);
        this.writer = new WorkloadWriter(client);
    }

    /** Runs one reconcile; the answer is when to reconcile again. */
    public Duration reconcile(CostOptimization co) {
        Instant now = clock.instant();
        CostOptimizationStatus before = Optional.ofNullable(co.getStatus()).orElseGet(CostOptimizationStatus::new);
        CostOptimizationStatus status = StatusDiff.copy(before, CostOptimizationStatus.class);
        StatusWriter out = new StatusWriter(client, co, before);
        if (before.getPhase() == null) {
            metrics.created();
            events.normal(co, "Created", "watching " + describeTarget(co));
            status.setPhase(CostOptimizationPhase.Pending);
            status.setAppliedOptimizations(0);
            status.setTotalSavings(StatusViews.money(BigDecimal.ZERO));
            // Written on its own so that the phases a watcher sees start where the lifecycle does.
            out.write(status);
        }
        Duration next = steps(co, status, out, now);
        out.write(status);
        return next;
    }

    /** Deletion: restores what an applied change replaced, so removing the resource undoes its work. */
    public void cleanup(CostOptimization co) {
        if (!CostOptimizationRules.problems(co).isEmpty()) {
            return;
        }
        WorkloadRef ref = CostOptimizationRules.target(co);
        store.load(ref).ifPresent(patch -> {
            writer.write(patch.inverse(), OptimizationApiGroup.ROLLBACK_STATE_ANNOTATION, Optional.empty());
            store.delete(ref);
            metrics.rolledBack();
            events.normal(co, "RolledBack", "restored " + ref + " on deletion");
        });
        metrics.gone(key(co));
    }

    private Duration steps(CostOptimization co, CostOptimizationStatus status, StatusWriter out, Instant now) {
        List<String> problems = CostOptimizationRules.problems(co);
        if (!problems.isEmpty()) {
            return invalid(co, status, problems, now);
        }
        setCondition(co, status, VALID, true, "Valid", "the spec meets every rule", now);
        OptimizationPolicy policy = CostOptimizationRules.policy(co.getSpec());
        if (watching(status)) {
            Optional<Duration> stillWatching = watch(co, policy, status, now);
            if (stillWatching.isPresent()) {
                return stillWatching.get();
            }
        }
        boolean specChanged = !Objects.equals(status.getObservedGeneration(), co.getMetadata().getGeneration());
        Optional<Instant> last = Optional.ofNullable(status.getLastAnalysis()).map(Instant::parse);
        if (!specChanged && !policy.schedule().isDue(last, now)) {
            return untilDue(policy, last, now);
        }
        analyze(co, policy, status, out, specChanged, now);
        return watching(status) ? settings.watchPoll() : untilDue(policy, Optional.of(now), now);
    }

    private Duration invalid(CostOptimization co, CostOptimizationStatus status, List<String> problems, Instant now) {
        String message = String.join("; ", problems);
        if (status.getPhase() != CostOptimizationPhase.Failed || !message.equals(status.getMessage())) {
            metrics.failed("invalid_spec");
            events.warning(co, "Failed", message);
        }
        status.setPhase(CostOptimizationPhase.Failed);
        status.setMessage(message);
        status.setObservedGeneration(co.getMetadata().getGeneration());
        setCondition(co, status, VALID, false, "InvalidSpec", message, now);
        return settings.periodic();
    }

    private Duration untilDue(OptimizationPolicy policy, Optional<Instant> last, Instant now) {
        Duration wait = Duration.between(now, policy.schedule().nextDue(last, now));
        return wait.compareTo(settings.periodic()) < 0 ? wait.plusSeconds(1) : settings.periodic();
    }

    private static boolean watching(CostOptimizationStatus status) {
        return status.getPhase() == CostOptimizationPhase.Applied
                && Conditions.find(Optional.ofNullable(status.getConditions()).orElse(List.of()), APPLIED)
                .map(c -> WATCHING.equals(c.getReason())).orElse(false);
    }

    /** Looks at the pods since the change; empty once the watch is over and analysis may go on. */
    private Optional<Duration> watch(CostOptimization co, OptimizationPolicy policy, CostOptimizationStatus status,
                                     Instant now) {
        WorkloadRef ref = CostOptimizationRules.target(co);
        Optional<WorkloadPatch> patch = store.load(ref);
        Optional<WorkloadSnapshot> workload = Workloads.read(client, ref);
        if (patch.isEmpty() || workload.isEmpty()) {
            setCondition(co, status, APPLIED, true, STABLE, "the change is no longer on record", now);
            return Optional.empty();
        }
        Duration observed = Duration.between(Instant.parse(status.getLastApplied()), now);
        RollbackDecision decision = settings.advisor().decide(
                PodSignals.observe(client, workload.get(), patch.get(), observed), policy.rollbackOnFailure());
        if (decision instanceof RollbackDecision.KeepWatching w) {
            return Optional.of(min(w.remaining(), settings.watchPoll()));
        }
        if (decision instanceof RollbackDecision.RollBack r) {
            rollBack(co, status, patch.get(), r.reasons(), now);
            return Optional.of(settings.periodic());
        }
        if (decision instanceof RollbackDecision.FailedKept f) {
            keepFailed(co, status, f.reasons(), now);
            return Optional.of(settings.periodic());
        }
        setCondition(co, status, APPLIED, true, STABLE, "watched for " + settings.advisor().watchPeriod()
                + " without a failure", now);
        return Optional.empty();
    }

    private void keepFailed(CostOptimization co, CostOptimizationStatus status, List<String> reasons, Instant now) {
        String message = "the change failed and is kept (rollbackOnFailure is false): " + String.join("; ", reasons);
        status.setPhase(CostOptimizationPhase.Failed);
        status.setMessage(message);
        setCondition(co, status, APPLIED, true, "FailedKept", message, now);
        metrics.failed("rollout_failed");
        events.warning(co, "Failed", message);
    }

    private void rollBack(CostOptimization co, CostOptimizationStatus status, WorkloadPatch applied,
                          List<String> reasons, Instant now) {
        WorkloadRef ref = applied.workload();
        writer.write(applied.inverse(), OptimizationApiGroup.ROLLBACK_STATE_ANNOTATION, Optional.empty());
        List<String> differences = Workloads.read(client, ref)
                .map(w -> RollbackVerifier.differences(applied, w.spec()))
                .orElse(List.of(ref + " is gone"));
        store.delete(ref);
        String message = "rolled back: " + String.join("; ", reasons)
                + (differences.isEmpty() ? "; original state verified" : "; verification found: "
                + String.join("; ", differences));
        BigDecimal lost = Optional.ofNullable(status.getCurrentRecommendation())
                .map(r -> new BigDecimal(r.getMonthlySavings())).orElse(BigDecimal.ZERO);
        status.setTotalSavings(StatusViews.add(status.getTotalSavings(), lost.negate()));
        status.setPhase(CostOptimizationPhase.RolledBack);
        status.setMessage(message);
        setCondition(co, status, APPLIED, false, "RolledBack", message, now);
        metrics.rolledBack();
        metrics.savings(key(co), new BigDecimal(status.getTotalSavings()));
        events.warning(co, "RolledBack", message);
        LOG.info("costoptimization {}: {}", key(co), message);
    }

    private void analyze(CostOptimization co, OptimizationPolicy policy, CostOptimizationStatus status,
                         StatusWriter out, boolean specChanged, Instant now) {
        WorkloadRef ref = CostOptimizationRules.target(co);
        Outcome earlier = new Outcome(status.getPhase(), Optional.ofNullable(status.getMessage()).orElse(""));
        status.setPhase(CostOptimizationPhase.Analyzing);
        status.setMessage("analysing the usage of " + ref + " over " + policy.metricsWindow().label());
        out.write(status);
        status.setObservedGeneration(co.getMetadata().getGeneration());
        Optional<WorkloadSnapshot> workload = Workloads.read(client, ref);
        if (workload.isEmpty()) {
            fail(co, status, "target_not_found", ref + " does not exist");
            return;
        }
        WorkloadUsage usage;
        try {
            usage = settings.source().usage(policy.metricsWindow().queryFor(ref, now));
        } catch (MetricsException e) {
            fail(co, status, "metrics_unavailable", "cannot read usage of " + ref + ": " + e.getMessage());
            return;
        }
        WorkloadPrices prices = price(workload.get());
        Analysis analysis = settings.recommender().analyze(workload.get().spec(), usage, policy, prices.prices(), now);
        status.setLastAnalysis(now.toString());
        act(co, status, out, ApplyDecision.decide(analysis, workload.get().spec(), policy), workload.get(), earlier,
                specChanged, now);
        prices.fallbackReason().filter(reason -> status.getCurrentRecommendation() != null)
                .filter(reason -> status.getPhase() == CostOptimizationPhase.Ready
                        || status.getPhase() == CostOptimizationPhase.Applied)
                .ifPresent(reason -> status.setMessage(status.getMessage() + REFERENCE_PRICES + reason + ")"));
    }

    /** Prices at the workload's nodes; nodes that cannot be read cost an analysis its precision, not its run. */
    private WorkloadPrices price(WorkloadSnapshot workload) {
        try {
            return settings.pricing().price(WorkloadNodes.of(client, workload));
        } catch (KubernetesClientException e) {
            return settings.pricing().reference("cannot read the workload's pods or nodes: " + e.getMessage());
        }
    }

    /**
     * Where the CostOptimization stood before this analysis (its phase is Analyzing while it runs): an
     * analysis after a rollback keeps phase RolledBack, and its reason until the spec changes.
     */
    private record Outcome(CostOptimizationPhase phase, String message) {
        boolean rolledBack() {
            return phase == CostOptimizationPhase.RolledBack;
        }
    }

    private void act(CostOptimization co, CostOptimizationStatus status, StatusWriter out, ApplyDecision decision,
                     WorkloadSnapshot workload, Outcome earlier, boolean specChanged, Instant now) {
        boolean rolledBack = earlier.rolledBack();
        if (decision instanceof ApplyDecision.NoRecommendation n) {
            status.setPhase(CostOptimizationPhase.Ready);
            status.setCurrentRecommendation(null);
            status.setMessage("no recommendation: " + n.reason().reason());
        } else if (decision instanceof ApplyDecision.ShowOnly s) {
            show(status, s.recommendation(), rolledBack, "not applied: " + s.refusal().failures().stream()
                    .map(GateFailure::message).collect(Collectors.joining("; ")));
        } else if (rolledBack && !specChanged) {
            show(status, ((ApplyDecision.Apply) decision).recommendation(), true,
                    NOT_AGAIN + earlier.message().replace(NOT_AGAIN, ""));
        } else {
            apply(co, status, out, (ApplyDecision.Apply) decision, workload, now);
        }
    }

    private void show(CostOptimizationStatus status, Recommendation r, boolean rolledBack, String message) {
        metrics.recommended(r.type().name());
        status.setCurrentRecommendation(StatusViews.recommendation(r));
        status.setPhase(rolledBack ? CostOptimizationPhase.RolledBack : CostOptimizationPhase.Ready);
        status.setMessage(message);
    }

    private void apply(CostOptimization co, CostOptimizationStatus status, StatusWriter out, ApplyDecision.Apply a,
                       WorkloadSnapshot workload, Instant now) {
        Recommendation r = a.recommendation();
        metrics.recommended(r.type().name());
        status.setCurrentRecommendation(StatusViews.recommendation(r));
        status.setPhase(CostOptimizationPhase.Applying);
        status.setMessage("applying: " + String.join("; ", StatusViews.changes(r)));
        out.write(status);
        try {
            WorkloadPatch kept = store.load(a.patch().workload()).map(earlier -> PatchHistory.fold(earlier, a.patch()))
                    .orElse(a.patch());
            store.save(co, workload, kept, now);
            writer.write(a.patch(), OptimizationApiGroup.ROLLBACK_STATE_ANNOTATION,
                    Optional.of(RollbackStateStore.name(a.patch().workload())));
        } catch (KubernetesClientException e) {
            fail(co, status, "apply_error", "cannot change " + a.patch().workload() + ": " + e.getMessage());
            return;
        }
        String changes = String.join("; ", StatusViews.changes(r));
        status.setPhase(CostOptimizationPhase.Applied);
        status.setMessage("applied: " + changes);
        status.setLastApplied(now.toString());
        status.setAppliedOptimizations(Optional.ofNullable(status.getAppliedOptimizations()).orElse(0) + 1);
        status.setTotalSavings(StatusViews.add(status.getTotalSavings(), r.monthlySavings()));
        setCondition(co, status, APPLIED, true, WATCHING, "watching the pods for " + settings.advisor().watchPeriod(), now);
        metrics.applied(r.type().name());
        metrics.savings(key(co), new BigDecimal(status.getTotalSavings()));
        events.normal(co, "Applied", "changed " + a.patch().workload() + ": " + changes + " (saves $"
                + StatusViews.money(r.monthlySavings()) + "/month)");
    }

    private void fail(CostOptimization co, CostOptimizationStatus status, String reason, String message) {
        status.setPhase(CostOptimizationPhase.Failed);
        status.setMessage(message);
        metrics.failed(reason);
        events.warning(co, "Failed", message);
    }

    private static void setCondition(CostOptimization co, CostOptimizationStatus status, String type, boolean value,
                                     String reason, String message, Instant now) {
        status.setConditions(Conditions.set(Optional.ofNullable(status.getConditions()).orElse(List.of()), type,
                value, reason, message, now, co.getMetadata().getGeneration()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String describeTarget(CostOptimization co) {
        return Optional.ofNullable(co.getSpec()).map(s -> s.getTargetWorkload()).map(t -> t.getKind() + " "
                + t.getName()).orElse("no target");
    }

    static String key(CostOptimization co) {
        return co.getMetadata().getNamespace() + "/" + co.getMetadata().getName();
    }
}
