package io.provctl.operator.rightsizing;

import io.provctl.metrics.WorkloadRef;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationSpec;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationTypeName;
import io.provctl.operator.api.v1alpha1.costoptimization.RiskLevelName;
import io.provctl.operator.api.v1alpha1.costoptimization.TargetKind;
import io.provctl.rightsizing.AnalysisSchedule;
import io.provctl.rightsizing.MetricsWindow;
import io.provctl.rightsizing.OptimizationPolicy;
import io.provctl.rightsizing.policy.ProtectedTargets;
import io.provctl.rightsizing.spot.SpotAdvisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule a CostOptimization must meet, the schema's and those relating fields to each other. The
 * admission webhook refuses on them and the operator checks them again, so nothing depends on the
 * webhook being installed. Pure: a spec in, sentences out.
 */
public final class CostOptimizationRules {

    /** Above this, a change is too large to make without a person looking at it. */
    public static final int MAX_AUTO_CHANGE_PERCENT = 80;
    /** Moving pods to spot nodes can evict them at any time: apply only when quite sure. */
    public static final double MIN_SPOT_CONFIDENCE = SpotAdvisor.MIN_AUTO_APPLY_CONFIDENCE;

    private CostOptimizationRules() {
    }

    /** What is wrong with the resource, every problem at once; empty when it is valid. */
    public static List<String> problems(CostOptimization co) {
        List<String> out = new ArrayList<>();
        CostOptimizationSpec raw = co.getSpec();
        if (raw == null) {
            return List.of("spec is required");
        }
        CostOptimizationSpec spec = SpecDefaults.withDefaults(raw);
        target(co, spec, out);
        if (spec.getOptimizationType() == null) {
            out.add("spec.optimizationType is required (CPU, MEMORY, REPLICAS, ALL, SPOT_INSTANCES or SCHEDULED_SCALING)");
        }
        ranges(spec, out);
        automatic(spec, out);
        kinds(spec, out);
        return out;
    }

    /** The policy the recommender and the gates read; call only on a spec without {@link #problems}. */
    public static OptimizationPolicy policy(CostOptimizationSpec raw) {
        CostOptimizationSpec s = SpecDefaults.withDefaults(raw);
        return new OptimizationPolicy(s.getOptimizationType().toDomain(), s.getMaxChangePercent(),
                s.getMinConfidence(), s.getMaxRiskLevel().toDomain(), s.getDryRun(), s.getAutoApply(),
                s.getRollbackOnFailure(), MetricsWindow.parse(s.getMetricsWindow()),
                AnalysisSchedule.parse(s.getSchedule()));
    }

    /** The workload a valid CostOptimization targets. */
    public static WorkloadRef target(CostOptimization co) {
        var t = co.getSpec().getTargetWorkload();
        String namespace = Optional.ofNullable(t.getNamespace()).filter(n -> !n.isBlank())
                .orElse(co.getMetadata().getNamespace());
        return new WorkloadRef(namespace, t.getKind().workloadKind(), t.getName());
    }

    private static void target(CostOptimization co, CostOptimizationSpec spec, List<String> out) {
        var t = spec.getTargetWorkload();
        if (t == null || t.getName() == null || t.getName().isBlank()) {
            out.add("spec.targetWorkload.name is required");
            return;
        }
        if (t.getKind() == null) {
            out.add("spec.targetWorkload.kind is required (Deployment, StatefulSet or DaemonSet)");
            return;
        }
        if (co.getMetadata().getNamespace() == null && (t.getNamespace() == null || t.getNamespace().isBlank())) {
            out.add("spec.targetWorkload.namespace is required when the resource has no namespace");
            return;
        }
        ProtectedTargets.check(target(co), Map.of())
                .ifPresent(f -> out.add("spec.targetWorkload: " + f.message() + "; provctl never changes it"));
    }

    private static void ranges(CostOptimizationSpec s, List<String> out) {
        if (s.getMaxChangePercent() < 1 || s.getMaxChangePercent() > 100) {
            out.add("spec.maxChangePercent must be between 1 and 100, not " + s.getMaxChangePercent());
        }
        if (!(s.getMinConfidence() >= 0 && s.getMinConfidence() <= 1)) {
            out.add("spec.minConfidence must be between 0 and 1, not " + s.getMinConfidence());
        }
        parse(() -> MetricsWindow.parse(s.getMetricsWindow()), "spec.metricsWindow", out);
        parse(() -> AnalysisSchedule.parse(s.getSchedule()), "spec.schedule", out);
    }

    private static void automatic(CostOptimizationSpec s, List<String> out) {
        if (!s.getAutoApply()) {
            return;
        }
        if (s.getDryRun()) {
            out.add("spec.autoApply needs spec.dryRun false: a dry run never changes the workload");
        }
        if (s.getMaxRiskLevel() == RiskLevelName.HIGH || s.getMaxRiskLevel() == RiskLevelName.CRITICAL) {
            out.add("spec.autoApply allows spec.maxRiskLevel LOW or MEDIUM only, not " + s.getMaxRiskLevel());
        }
        if (s.getMaxChangePercent() > MAX_AUTO_CHANGE_PERCENT) {
            out.add("spec.autoApply allows spec.maxChangePercent up to " + MAX_AUTO_CHANGE_PERCENT + ", not "
                    + s.getMaxChangePercent());
        }
        if (s.getOptimizationType() == OptimizationTypeName.SPOT_INSTANCES
                && s.getMinConfidence() < MIN_SPOT_CONFIDENCE) {
            out.add("spec.autoApply of SPOT_INSTANCES needs spec.minConfidence of at least " + MIN_SPOT_CONFIDENCE
                    + ", not " + s.getMinConfidence());
        }
    }

    private static void kinds(CostOptimizationSpec s, List<String> out) {
        if (s.getTargetWorkload() == null || s.getTargetWorkload().getKind() == null) {
            return;
        }
        boolean replicas = s.getOptimizationType() == OptimizationTypeName.REPLICAS;
        if (s.getTargetWorkload().getKind() == TargetKind.DaemonSet && replicas) {
            out.add("spec.optimizationType REPLICAS does not fit a DaemonSet: it runs one pod per node");
        }
        if (s.getTargetWorkload().getKind() == TargetKind.StatefulSet && replicas && s.getAutoApply()) {
            out.add("spec.autoApply of REPLICAS is refused for a StatefulSet: removing a member is never automatic");
        }
    }

    private static void parse(Runnable parser, String field, List<String> out) {
        try {
            parser.run();
        } catch (IllegalArgumentException e) {
            out.add(field + ": " + e.getMessage());
        }
    }
}
