package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.placement.PlacementChange;
import io.provctl.rightsizing.schedule.ReplicaSchedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * A computed change to one workload, priced and rated, not yet applied. Costs are per month of
 * {@link ResourcePrices#HOURS_PER_MONTH} hours for the requests of all replicas.
 *
 * @param confidence the score in [0, 1) of the least-known container (see {@link Confidence#score()})
 * @param notes      what the analysis left out and why (e.g. replicas owned by an HPA)
 * @param schedule   replica counts per hour of the day (SCHEDULED_SCALING); shown, never applied by provctl
 * @param placement  tolerations and preferred node affinity before and after (SPOT_INSTANCES)
 */
public record Recommendation(WorkloadRef workload, OptimizationType type, MetricsWindow window, Instant analyzedAt,
                             List<ContainerChange> containers, Optional<ReplicaChange> replicas,
                             BigDecimal currentMonthlyCost, BigDecimal optimizedMonthlyCost, double confidence,
                             RiskAssessment risk, String pricingBasis, List<String> notes,
                             Optional<ReplicaSchedule> schedule, Optional<PlacementChange> placement)
        implements Analysis {

    public Recommendation {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(placement, "placement");
        containers = List.copyOf(containers);
        notes = List.copyOf(notes);
    }

    /** A recommendation of requests and replicas, perhaps with a schedule, and no placement change. */
    public Recommendation(WorkloadRef workload, OptimizationType type, MetricsWindow window, Instant analyzedAt,
                          List<ContainerChange> containers, Optional<ReplicaChange> replicas,
                          BigDecimal currentMonthlyCost, BigDecimal optimizedMonthlyCost, double confidence,
                          RiskAssessment risk, String pricingBasis, List<String> notes,
                          Optional<ReplicaSchedule> schedule) {
        this(workload, type, window, analyzedAt, containers, replicas, currentMonthlyCost, optimizedMonthlyCost,
                confidence, risk, pricingBasis, notes, schedule, Optional.empty());
    }

    /** A recommendation of requests and replicas, with no schedule. */
    public Recommendation(WorkloadRef workload, OptimizationType type, MetricsWindow window, Instant analyzedAt,
                          List<ContainerChange> containers, Optional<ReplicaChange> replicas,
                          BigDecimal currentMonthlyCost, BigDecimal optimizedMonthlyCost, double confidence,
                          RiskAssessment risk, String pricingBasis, List<String> notes) {
        this(workload, type, window, analyzedAt, containers, replicas, currentMonthlyCost, optimizedMonthlyCost,
                confidence, risk, pricingBasis, notes, Optional.empty(), Optional.empty());
    }

    /** Positive when the change saves money, negative when it costs more (under-provisioned workloads). */
    public BigDecimal monthlySavings() {
        return currentMonthlyCost.subtract(optimizedMonthlyCost);
    }

    public RiskLevel riskLevel() {
        return risk.level();
    }

    public boolean changesAnything() {
        return containers.stream().anyMatch(ContainerChange::changes)
                || replicas.map(ReplicaChange::changes).orElse(false)
                || placement.map(PlacementChange::changes).orElse(false);
    }

    /**
     * The largest relative change of any request or of the replicas, in percent and unsigned; empty
     * when some value changes from nothing (no request set), which no percentage can bound.
     */
    public OptionalDouble largestChangePercent() {
        List<OptionalDouble> all = Stream.concat(
                containers.stream().flatMap(c -> Stream.of(c.cpuChangePercent(), c.memoryChangePercent())),
                replicas.stream().map(ReplicaChange::changePercent)).toList();
        if (all.stream().anyMatch(OptionalDouble::isEmpty)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(all.stream().mapToDouble(d -> Math.abs(d.getAsDouble())).max().orElse(0));
    }
}
