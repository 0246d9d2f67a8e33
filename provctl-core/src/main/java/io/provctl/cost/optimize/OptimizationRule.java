package io.provctl.cost.optimize;

import io.provctl.model.ClusterSpec;

import java.util.List;

/** One kind of saving the optimizer looks for in a cluster. Rules are pure: specs and prices in, opportunities out. */
interface OptimizationRule {

    List<Opportunity> find(ClusterSpec cluster, OptimizerContext ctx);
}
