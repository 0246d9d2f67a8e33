package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Rates a change. The rules, applied in order:
 * <ol>
 *   <li>The largest reduction of any request or of the replicas sets the base: under 10 % LOW, under
 *       25 % MEDIUM, under 50 % HIGH, else CRITICAL. Growing requests or replicas adds no risk to the
 *       workload (only cost), and a change that shrinks nothing is LOW.</li>
 *   <li>A reduction backed by less than a day of history (confidence score under 0.5) is raised one
 *       level: a weekly peak may not have been seen yet.</li>
 *   <li>OOM kills in the window make any memory or replica reduction at least HIGH.</li>
 *   <li>A StatefulSet losing replicas is at least HIGH: its pods own state and identity.</li>
 *   <li>A request set where there was none cannot be measured, so it is at least MEDIUM.</li>
 * </ol>
 */
final class RiskAssessor {

    private static final double LOW_BELOW = 10;
    private static final double MEDIUM_BELOW = 25;
    private static final double HIGH_BELOW = 50;
    private static final double SHORT_HISTORY_SCORE = 0.5;

    RiskAssessment assess(WorkloadKind kind, List<ContainerChange> containers, Optional<ReplicaChange> replicas,
                          double confidence, int oomKills) {
        List<String> reasons = new ArrayList<>();
        double reduction = largestReduction(containers, replicas);
        RiskLevel level = base(reduction);
        reasons.add(reduction > 0
                ? String.format(Locale.ROOT, "largest reduction %.1f%% -> %s", reduction, level)
                : "nothing shrinks -> LOW");
        if (reduction > 0 && confidence < SHORT_HISTORY_SCORE) {
            level = level.raised();
            reasons.add(String.format(Locale.ROOT, "less than a day of history (confidence %.2f) -> %s",
                    confidence, level));
        }
        if (oomKills > 0 && (shrinksMemory(containers) || shrinksReplicas(replicas))) {
            level = level.atLeast(RiskLevel.HIGH);
            reasons.add(oomKills + " OOM kill(s) in the window while memory or replicas shrink -> " + level);
        }
        if (kind == WorkloadKind.STATEFUL_SET && shrinksReplicas(replicas)) {
            level = level.atLeast(RiskLevel.HIGH);
            reasons.add("StatefulSet replicas shrink -> " + level);
        }
        if (setsFromNothing(containers)) {
            level = level.atLeast(RiskLevel.MEDIUM);
            reasons.add("a request is set where none was -> " + level);
        }
        return new RiskAssessment(level, reasons);
    }

    static RiskLevel base(double reductionPercent) {
        if (reductionPercent < LOW_BELOW) {
            return RiskLevel.LOW;
        }
        if (reductionPercent < MEDIUM_BELOW) {
            return RiskLevel.MEDIUM;
        }
        return reductionPercent < HIGH_BELOW ? RiskLevel.HIGH : RiskLevel.CRITICAL;
    }

    private static double largestReduction(List<ContainerChange> containers, Optional<ReplicaChange> replicas) {
        double worst = 0;
        for (ContainerChange c : containers) {
            worst = Math.max(worst, reduction(c.cpuChangePercent()));
            worst = Math.max(worst, reduction(c.memoryChangePercent()));
        }
        return Math.max(worst, replicas.map(r -> reduction(r.changePercent())).orElse(0.0));
    }

    private static double reduction(OptionalDouble changePercent) {
        return changePercent.isPresent() ? Math.max(0, -changePercent.getAsDouble()) : 0;
    }

    private static boolean shrinksMemory(List<ContainerChange> containers) {
        return containers.stream().anyMatch(c -> c.after().memoryBytes() < c.before().memoryBytes());
    }

    private static boolean shrinksReplicas(Optional<ReplicaChange> replicas) {
        return replicas.map(r -> r.after() < r.before()).orElse(false);
    }

    private static boolean setsFromNothing(List<ContainerChange> containers) {
        return containers.stream().anyMatch(c -> c.cpuChangePercent().isEmpty() || c.memoryChangePercent().isEmpty());
    }
}
