package io.provctl.rightsizing;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadUsage;

import io.provctl.rightsizing.schedule.HourRange;
import io.provctl.rightsizing.schedule.NoDailyPattern;
import io.provctl.rightsizing.schedule.ReplicaSchedule;
import io.provctl.rightsizing.schedule.ReplicaScheduler;
import io.provctl.rightsizing.schedule.ScheduleOutcome;
import io.provctl.rightsizing.spot.SpotAdvisor;
import io.provctl.rightsizing.spot.SpotEligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes what a workload should request, from its usage, under one policy. Pure: plain values in,
 * an {@link Analysis} out; fetching usage, showing and applying the result belong to the callers.
 */
public final class Recommender {

    private final RecommenderSettings settings;
    private final UsageAggregator aggregator;
    private final ContainerEstimator estimator;
    private final ReplicaEstimator replicaEstimator;
    private final ReplicaScheduler scheduler;
    private final RiskAssessor risk = new RiskAssessor();

    public Recommender(RecommenderSettings settings) {
        this.settings = settings;
        this.aggregator = new UsageAggregator(settings);
        this.estimator = new ContainerEstimator(settings);
        this.replicaEstimator = new ReplicaEstimator(settings);
        this.scheduler = new ReplicaScheduler(settings.safetyMargin());
    }

    public static Recommender withVpaDefaults() {
        return new Recommender(RecommenderSettings.vpaDefaults());
    }

    public RecommenderSettings settings() {
        return settings;
    }

    /**
     * Analyses {@code workload} on the part of {@code usage} inside the policy's metrics window ending
     * at {@code now}; samples outside it are ignored even when the source returned them.
     */
    public Analysis analyze(WorkloadSpec workload, WorkloadUsage usage, OptimizationPolicy policy,
                            ResourcePrices prices, Instant now) {
        Optional<String> unsupported = unsupported(workload, policy.type());
        if (unsupported.isPresent()) {
            return new NotApplicable(workload.ref(), policy.type(), unsupported.get());
        }
        UsageQuery query = policy.metricsWindow().queryFor(workload.ref(), now);
        WorkloadUsage windowed = usage.within(query);
        Map<String, ContainerEstimate> estimates = estimates(workload, windowed);
        if (estimates.isEmpty()) {
            return new NotApplicable(workload.ref(), policy.type(), "no CPU and memory samples for any container of "
                    + workload.ref() + " in the last " + policy.metricsWindow().label());
        }
        if (policy.type() == OptimizationType.SCHEDULED_SCALING) {
            return scheduled(workload, windowed, policy, prices, now, estimates);
        }
        if (policy.type() == OptimizationType.SPOT_INSTANCES) {
            return spot(workload, policy, prices, now, estimates);
        }
        return recommend(workload, windowed, policy, prices, now, estimates);
    }

    /**
     * A replica schedule when the total CPU follows a daily pattern, else why not. Requests stay as they
     * are; the cost is the schedule's hour-weighted monthly cost; the risk is that of the deepest
     * scale-down below the current replicas.
     */
    private Analysis scheduled(WorkloadSpec workload, WorkloadUsage usage, OptimizationPolicy policy,
                               ResourcePrices prices, Instant now, Map<String, ContainerEstimate> estimates) {
        ScheduleOutcome outcome = scheduler.schedule(usage, workload.podRequests().cpuMillicores());
        if (outcome instanceof NoDailyPattern none) {
            return new NotApplicable(workload.ref(), policy.type(), "no daily usage pattern: " + none.reason());
        }
        ReplicaSchedule schedule = (ReplicaSchedule) outcome;
        List<ContainerChange> unchanged = containerChanges(workload, policy, estimates, new ArrayList<>());
        Confidence confidence = leastKnown(estimates);
        int ooms = estimates.values().stream().mapToInt(ContainerEstimate::oomKills).sum();
        ReplicaChange deepest = new ReplicaChange(workload.replicas(), schedule.minReplicas(), schedule.minReplicas());
        RiskAssessment rating = risk.assess(workload.kind(), unchanged, Optional.of(deepest), confidence.score(), ooms);
        return new Recommendation(workload.ref(), policy.type(), policy.metricsWindow(), now, unchanged,
                Optional.empty(), prices.monthly(workload.podRequests(), workload.replicas()),
                scheduledMonthly(prices, workload.podRequests(), schedule), confidence.score(), rating,
                prices.basis(), List.of(), Optional.of(schedule));
    }

    /**
     * A move to spot, or every reason the workload does not qualify. Usage counts only as history: how
     * long the workload has been seen, which the confidence weighs with its replicas and PDB.
     */
    private static Analysis spot(WorkloadSpec workload, OptimizationPolicy policy, ResourcePrices prices,
                                 Instant now, Map<String, ContainerEstimate> estimates) {
        SpotEligibility eligibility = SpotEligibility.of(workload);
        if (eligibility instanceof SpotEligibility.Refused r) {
            return new NotApplicable(workload.ref(), policy.type(), String.join("; ", r.reasons()));
        }
        return SpotAdvisor.recommend(workload, ((SpotEligibility.Eligible) eligibility).pdb(),
                policy.metricsWindow(), prices, leastKnown(estimates).score(), now);
    }

    /** Each range's monthly cost weighted by its share of the day. */
    private static BigDecimal scheduledMonthly(ResourcePrices prices, Resources pod, ReplicaSchedule schedule) {
        BigDecimal sum = BigDecimal.ZERO;
        for (HourRange r : schedule.ranges()) {
            sum = sum.add(prices.monthly(pod, r.replicas()).multiply(BigDecimal.valueOf(r.hours())));
        }
        return sum.divide(BigDecimal.valueOf(24), 2, RoundingMode.HALF_EVEN);
    }

    /**
     * The estimate of every container name in {@code usage}, from usage alone: no workload spec, so no
     * current requests (an OOM kill is bumped from the peak seen) and no policy. For offline analysis,
     * e.g. of a CSV export. The pod minimums are split over the most containers any pod running that
     * container name was seen with.
     */
    public List<ContainerEstimate> estimate(WorkloadUsage usage) {
        Map<String, Integer> perPod = containersPerPod(usage);
        return aggregator.aggregate(usage, Map.of()).values().stream()
                .flatMap(h -> estimator.estimate(h, perPod.getOrDefault(h.container(), 1), usage.query().step())
                        .stream())
                .toList();
    }

    private static Map<String, Integer> containersPerPod(WorkloadUsage usage) {
        Set<ContainerId> ids = new HashSet<>();
        addIds(ids, usage.cpu(), CpuSample::container);
        addIds(ids, usage.memory(), MemorySample::container);
        Map<String, Set<String>> byPod = new HashMap<>();
        ids.forEach(id -> byPod.computeIfAbsent(id.pod(), p -> new HashSet<>()).add(id.container()));
        Map<String, Integer> out = new HashMap<>();
        byPod.values().forEach(names -> names.forEach(n -> out.merge(n, names.size(), Math::max)));
        return out;
    }

    /** Samples repeat the same few ids tens of thousands of times; a run of one id is added once. */
    private static <T> void addIds(Set<ContainerId> ids, List<T> samples, Function<T, ContainerId> id) {
        ContainerId previous = null;
        for (T s : samples) {
            ContainerId current = id.apply(s);
            if (!current.equals(previous)) {
                ids.add(current);
                previous = current;
            }
        }
    }

    private Recommendation recommend(WorkloadSpec workload, WorkloadUsage usage, OptimizationPolicy policy,
                                     ResourcePrices prices, Instant now, Map<String, ContainerEstimate> estimates) {
        List<String> notes = new ArrayList<>();
        List<ContainerChange> changes = containerChanges(workload, policy, estimates, notes);
        Resources podAfter = podRequests(workload, changes);
        Optional<ReplicaChange> replicas = replicaChange(workload, usage, policy, podAfter, notes);
        Confidence confidence = leastKnown(estimates);
        int ooms = estimates.values().stream().mapToInt(ContainerEstimate::oomKills).sum();
        RiskAssessment rating = risk.assess(workload.kind(), changes, replicas, confidence.score(), ooms);
        BigDecimal current = prices.monthly(workload.podRequests(), workload.replicas());
        BigDecimal optimized = prices.monthly(podAfter, replicas.map(ReplicaChange::after).orElse(workload.replicas()));
        return new Recommendation(workload.ref(), policy.type(), policy.metricsWindow(), now, changes, replicas,
                current, optimized, confidence.score(), rating, prices.basis(), notes);
    }

    /** A recommendation is as sure as its least-known container. */
    private static Confidence leastKnown(Map<String, ContainerEstimate> estimates) {
        return estimates.values().stream().map(ContainerEstimate::confidence).reduce(Confidence::min).orElseThrow();
    }

    /** Why this type cannot be recommended for this workload, if it cannot. */
    private static Optional<String> unsupported(WorkloadSpec workload, OptimizationType type) {
        return switch (type) {
            case SPOT_INSTANCES -> spotRefusal(workload);
            case SCHEDULED_SCALING, REPLICAS -> replicaObstacle(workload);
            default -> Optional.empty();
        };
    }

    /** Checked before usage is read, so a workload that cannot move to spot is not asked for samples. */
    private static Optional<String> spotRefusal(WorkloadSpec workload) {
        return SpotEligibility.of(workload) instanceof SpotEligibility.Refused r
                ? Optional.of(String.join("; ", r.reasons())) : Optional.empty();
    }

    private static Optional<String> replicaObstacle(WorkloadSpec workload) {
        if (workload.kind() == WorkloadKind.DAEMON_SET) {
            return Optional.of("a DaemonSet runs one pod per node; its replica count is not a setting");
        }
        if (workload.hpaManaged()) {
            return Optional.of("a HorizontalPodAutoscaler owns the replica count of " + workload.ref());
        }
        return Optional.empty();
    }

    private Map<String, ContainerEstimate> estimates(WorkloadSpec workload, WorkloadUsage usage) {
        Map<String, Long> memoryRequests = workload.containers().stream()
                .collect(Collectors.toMap(ContainerSpec::name, c -> c.requests().memoryBytes()));
        Map<String, ContainerHistory> histories = aggregator.aggregate(usage, memoryRequests);
        int perPod = workload.containers().size();
        return workload.containers().stream()
                .flatMap(c -> Optional.ofNullable(histories.get(c.name()))
                        .flatMap(h -> estimator.estimate(h, perPod, usage.query().step())).stream())
                .collect(Collectors.toMap(ContainerEstimate::container, e -> e));
    }

    private static List<ContainerChange> containerChanges(WorkloadSpec workload, OptimizationPolicy policy,
                                                          Map<String, ContainerEstimate> estimates,
                                                          List<String> notes) {
        List<ContainerChange> out = new ArrayList<>();
        for (ContainerSpec c : workload.containers()) {
            ContainerEstimate e = estimates.get(c.name());
            if (e == null) {
                notes.add("container " + c.name() + " has no usage samples in the window; left as it is");
                continue;
            }
            out.add(change(c, e, policy));
        }
        return out;
    }

    private static ContainerChange change(ContainerSpec c, ContainerEstimate e, OptimizationPolicy policy) {
        Resources before = c.requests();
        OptimizationType type = policy.type();
        Resources recommended = Resources.of(
                type.changesCpu() ? e.target().cpuMillicores() : before.cpuMillicores(),
                type.changesMemory() ? e.target().memoryBytes() : before.memoryBytes());
        int cap = policy.maxChangePercent();
        Resources after = Resources.of(Changes.cap(before.cpuMillicores(), recommended.cpuMillicores(), cap),
                Changes.cap(before.memoryBytes(), recommended.memoryBytes(), cap));
        return new ContainerChange(c.name(), before, after, recommended, e);
    }

    private static Resources podRequests(WorkloadSpec workload, List<ContainerChange> changes) {
        Resources sum = Resources.of(0, 0);
        for (ContainerSpec c : workload.containers()) {
            sum = sum.plus(changes.stream().filter(ch -> ch.container().equals(c.name())).findFirst()
                    .map(ContainerChange::after).orElse(c.requests()));
        }
        return sum;
    }

    private Optional<ReplicaChange> replicaChange(WorkloadSpec workload, WorkloadUsage usage,
                                                  OptimizationPolicy policy, Resources podAfter, List<String> notes) {
        if (!policy.type().changesReplicas()) {
            return Optional.empty();
        }
        Optional<String> obstacle = replicaObstacle(workload);
        if (obstacle.isPresent()) {
            notes.add("replicas left as they are: " + obstacle.get());
            return Optional.empty();
        }
        OptionalInt needed = replicaEstimator.replicasFor(usage, podAfter.cpuMillicores());
        if (needed.isEmpty()) {
            notes.add("replicas left as they are: no CPU request or no CPU samples to divide the load by");
            return Optional.empty();
        }
        int recommended = needed.getAsInt();
        int after = (int) Math.max(1, Changes.cap(workload.replicas(), recommended, policy.maxChangePercent()));
        return Optional.of(new ReplicaChange(workload.replicas(), after, recommended));
    }
}
