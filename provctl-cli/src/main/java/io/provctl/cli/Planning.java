package io.provctl.cli;

import io.provctl.config.Configuration;
import io.provctl.cost.budget.BudgetBreach;
import io.provctl.cost.budget.BudgetCheck;
import io.provctl.cost.budget.BudgetResult;
import io.provctl.cost.diff.CostDiff;
import io.provctl.cost.diff.CostDiffer;
import io.provctl.cost.diff.RecordedClusters;
import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.CostWarning;
import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.plan.Plan;
import io.provctl.plan.Planner;
import io.provctl.store.PendingIntent;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Makes the plans of plan, apply and destroy, with the warnings a user should read first. */
final class Planning {

    private Planning() {
    }

    static List<ResourceId> targets(List<String> raw) {
        return raw.stream().map(ResourceId::parse).toList();
    }

    /** The plan that makes the state match the configuration, with costs and budgets. */
    static CostedPlan forConfiguration(Workspace ws, Configuration config, StateView current,
                                       List<ResourceId> targets) {
        Plan plan = new Planner(ws.clock()).plan(DesiredState.of(config.clusters()), current, targets);
        CostEstimator estimator = ws.estimator(false);
        CostEstimate after = estimator.estimate(config.clusters());
        CostDiff diff = CostDiffer.againstState(estimator, current, config.clusters());
        BudgetResult budgets = BudgetCheck.check(config.budgets(), after);
        Plan costed = withCosts(plan, diff).withWarnings(interrupted(current)).withWarnings(costWarnings(after))
                .withWarnings(budgets.breaches().stream().map(BudgetBreach::message).toList());
        return new CostedPlan(costed, budgets);
    }

    private static Plan withCosts(Plan plan, CostDiff diff) {
        SortedMap<ResourceId, java.math.BigDecimal> deltas = diff.deltas();
        return plan.withActions(a -> deltas.containsKey(a.id()) ? a.withMonthlyCostDelta(deltas.get(a.id())) : a);
    }

    /** What a plan reader must see: unpriced resources and totals over the warning threshold. */
    private static List<String> costWarnings(CostEstimate estimate) {
        return estimate.warnings().stream()
                .filter(w -> !(w instanceof CostWarning.SpotSavingsAvailable))
                .map(CostWarning::message).toList();
    }

    /**
     * The plan that destroys everything recorded, or only the targets and what is built on them: the
     * rest of the recorded state is kept as it is.
     */
    static Plan forDestroy(Workspace ws, StateView current, List<ResourceId> targets) {
        SortedMap<ResourceId, Resource> keep = new TreeMap<>();
        for (RecordedResource r : current.resources().values()) {
            if (!targets.isEmpty() && !doomed(r.id(), targets)) {
                keep.put(r.id(), asDesired(r));
            }
        }
        if (!targets.isEmpty() && keep.size() == current.resources().size()) {
            throw new UserError("--target " + targets + " matches no resource in the state");
        }
        Plan plan = new Planner(ws.clock()).plan(new DesiredState(keep), current, List.of());
        StateView kept = new StateView(current.lineage(), current.serial(), current.lastSequence(),
                new TreeMap<>(current.resources().entrySet().stream().filter(e -> keep.containsKey(e.getKey()))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
                new TreeMap<>());
        CostDiff diff = CostDiffer.againstState(ws.estimator(false), current, RecordedClusters.fromState(kept));
        return withCosts(plan, diff).withWarnings(interrupted(current));
    }

    private static boolean doomed(ResourceId id, List<ResourceId> targets) {
        for (ResourceId cursor = id; ; ) {
            ResourceId c = cursor;
            if (targets.stream().anyMatch(c::isWithin)) {
                return true;
            }
            if (cursor.dependency().isEmpty()) {
                return false;
            }
            cursor = cursor.dependency().get();
        }
    }

    private static Resource asDesired(RecordedResource r) {
        return new Resource(r.id(), r.provider(), r.region(), r.attributes(),
                new java.util.TreeSet<>(r.id().dependency().stream().toList()));
    }

    private static List<String> interrupted(StateView current) {
        List<String> out = new ArrayList<>();
        for (PendingIntent p : current.pendingIntents().values()) {
            out.add(p.resource() + ": an earlier apply was interrupted during "
                    + p.intent().name().replace("_INTENT", "").toLowerCase()
                    + "; this apply looks the resource up by its tag before acting, so nothing is made twice.");
        }
        return out;
    }
}
