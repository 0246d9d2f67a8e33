package io.provctl.cost;

import io.provctl.config.Configuration;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.optimize.CostOptimizer;
import io.provctl.cost.optimize.Opportunity;
import io.provctl.cost.optimize.OpportunityApplier;
import io.provctl.cost.optimize.OpportunityKind;
import io.provctl.cost.optimize.OptimizerOptions;
import io.provctl.cost.optimize.PoolChange;
import io.provctl.cost.optimize.Risk;
import io.provctl.cost.optimize.Utilization;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.provctl.testsupport.CostFixtures.bare;
import static io.provctl.testsupport.CostFixtures.pool;
import static io.provctl.testsupport.CostFixtures.withLabels;
import static io.provctl.testsupport.CostFixtures.withTaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostOptimizerTest {

    private final CostOptimizer optimizer = new CostOptimizer(PriceSources.embedded(),
            new CostEstimator(PriceSources.embedded(), BillingPolicies.standard(), EstimateOptions.strictDefaults()),
            OptimizerOptions.defaults());

    private static ClusterSpec aws(PoolSpec... pools) {
        return bare("c", "aws", "us-east-1", pools);
    }

    private Opportunity only(OpportunityKind kind, List<ClusterSpec> clusters, Map<ResourceId, Utilization> u) {
        List<Opportunity> found = optimizer.optimize(clusters, u).stream().filter(o -> o.kind() == kind).toList();
        assertThat(found).as("%s opportunities", kind).hasSize(1);
        return found.get(0);
    }

    private static PoolSpec changed(Opportunity o) {
        return o.change().result();
    }

    @Test
    void spotForAPoolMarkedInterruptible() {
        ClusterSpec c = aws(withLabels(pool("batch", "m5.large", 4, 4, 4), Map.of("interruptible", "true")));
        Opportunity o = only(OpportunityKind.SPOT, List.of(c), Map.of());
        assertThat(changed(o).spot().enabled()).isTrue();
        assertThat(o.monthlySavings()).isEqualByComparingTo("196.224"); // 4 x 0.096 x 0.70 x 730
        assertThat(o.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(o.id()).isEqualTo("spot:cluster.c.pool.batch");

        ClusterSpec tainted = aws(withTaint(pool("batch", "m5.large", 4, 4, 4), "spot"));
        assertThat(only(OpportunityKind.SPOT, List.of(tainted), Map.of()).risk()).isEqualTo(Risk.LOW);
        assertThat(optimizer.optimize(List.of(aws(pool("web", "m5.large", 4, 4, 4)))))
                .noneMatch(x -> x.kind() == OpportunityKind.SPOT);
    }

    @Test
    void familyChangeToTheCheapestTypeOfTheSameShape() {
        Opportunity o = only(OpportunityKind.FAMILY_CHANGE, List.of(aws(pool("web", "m5.large", 2, 2, 2))), Map.of());
        assertThat(changed(o).instanceType()).isEqualTo("t3a.large");
        assertThat(o.monthlySavings()).isEqualByComparingTo("30.368"); // 2 x (0.096 - 0.0752) x 730
        assertThat(o.risk()).isEqualTo(Risk.MEDIUM);

        ClusterSpec azure = bare("z", "azure", "eastus", pool("app", "Standard_D4s_v3", 3, 3, 3));
        Opportunity z = only(OpportunityKind.FAMILY_CHANGE, List.of(azure), Map.of());
        assertThat(changed(z).instanceType()).isEqualTo("Standard_D4as_v5");
        assertThat(z.monthlySavings()).isEqualByComparingTo("43.8"); // 3 x (0.192 - 0.172) x 730
        assertThat(z.risk()).isEqualTo(Risk.LOW);
    }

    @Test
    void downsizeFromTheConfigurationAloneIsHighRisk() {
        Opportunity o = only(OpportunityKind.DOWNSIZE, List.of(aws(pool("web", "m5.large", 2, 10, 6))), Map.of());
        assertThat(changed(o).desiredSize()).isEqualTo(3);
        assertThat(o.monthlySavings()).isEqualByComparingTo("215.04"); // 3 x (70.08 + 20 GB x 0.08)
        assertThat(o.risk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void downsizeFromUtilisationIsLowRisk() {
        ClusterSpec c = aws(pool("web", "m5.large", 2, 10, 6));
        Opportunity o = only(OpportunityKind.DOWNSIZE, List.of(c),
                Map.of(ResourceId.pool("c", "web"), Utilization.of("0.20", "0.15")));
        assertThat(changed(o).desiredSize()).isEqualTo(2);
        assertThat(o.monthlySavings()).isEqualByComparingTo("286.72");
        assertThat(o.risk()).isEqualTo(Risk.LOW);
    }

    @Test
    void rightsizeToASmallerTypeWhenMetricsShowIdleNodes() {
        ClusterSpec c = aws(pool("big", "m5.2xlarge", 2, 4, 2));
        Opportunity o = only(OpportunityKind.RIGHTSIZE, List.of(c),
                Map.of(ResourceId.pool("c", "big"), Utilization.of("0.20", "0.25")));
        assertThat(changed(o).instanceType()).isEqualTo("t3a.xlarge");
        assertThat(o.monthlySavings()).isEqualByComparingTo("341.056"); // 2 x (0.384 - 0.1504) x 730
        assertThat(o.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(optimizer.optimize(List.of(c))).noneMatch(x -> x.kind() == OpportunityKind.RIGHTSIZE);
    }

    @Test
    void upsizeAPoolRunningAtItsMax() {
        ClusterSpec c = aws(pool("web", "t3.large", 1, 4, 4));
        Opportunity o = only(OpportunityKind.UPSIZE, List.of(c), Map.of());
        assertThat(changed(o).maxSize()).isEqualTo(6);
        assertThat(changed(o).desiredSize()).isEqualTo(4);
        assertThat(o.monthlySavings()).isZero();
        assertThat(o.risk()).isEqualTo(Risk.LOW);

        Opportunity hot = only(OpportunityKind.UPSIZE, List.of(c),
                Map.of(ResourceId.pool("c", "web"), Utilization.of("0.90", "0.50")));
        assertThat(changed(hot).desiredSize()).isEqualTo(6);
        assertThat(hot.monthlySavings()).isEqualByComparingTo("-124.672"); // 2 more nodes x 62.336
        assertThat(optimizer.optimize(List.of(aws(pool("fixed", "t3.large", 4, 4, 4)))))
                .noneMatch(x -> x.kind() == OpportunityKind.UPSIZE);
    }

    @Test
    void consolidationOfSmallIdenticalPools() {
        ClusterSpec c = aws(pool("a", "m5.large", 1, 3, 2), pool("b", "m5.xlarge", 1, 2, 1),
                withLabels(pool("other", "m5.large", 1, 3, 2), Map.of("team", "x")));
        Opportunity o = only(OpportunityKind.CONSOLIDATION, List.of(c), Map.of());
        assertThat(o.change()).isInstanceOf(PoolChange.MergePools.class);
        assertThat(o.change().pools()).containsExactly("a", "b");
        PoolSpec merged = changed(o);
        assertThat(merged.instanceType()).isEqualTo("m5.xlarge");
        assertThat(List.of(merged.minSize(), merged.desiredSize(), merged.maxSize())).containsExactly(2, 2, 4);
        assertThat(o.monthlySavings()).isEqualByComparingTo("1.6"); // one root volume fewer
        assertThat(o.risk()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void chosenOpportunitiesBecomeAnOrdinaryChangedConfiguration() {
        ClusterSpec c = aws(withLabels(pool("batch", "m5.large", 4, 4, 4), Map.of("interruptible", "true")),
                pool("a", "m5.large", 1, 3, 2), pool("b", "m5.xlarge", 1, 2, 1));
        Configuration config = new Configuration(List.of(c), Map.of(), List.of(), Optional.empty(), List.of());
        List<Opportunity> all = optimizer.optimize(config.clusters());
        Opportunity spot = all.stream().filter(o -> o.kind() == OpportunityKind.SPOT).findFirst().orElseThrow();
        Opportunity merge = all.stream().filter(o -> o.kind() == OpportunityKind.CONSOLIDATION).findFirst()
                .orElseThrow();

        Configuration next = OpportunityApplier.apply(config, List.of(spot, merge));
        List<PoolSpec> pools = next.clusters().get(0).pools();
        assertThat(pools).extracting(PoolSpec::name).containsExactly("batch", "a");
        assertThat(pools.get(0).spot().enabled()).isTrue();
        assertThat(pools.get(1).instanceType()).isEqualTo("m5.xlarge");

        Opportunity family = all.stream().filter(o -> o.kind() == OpportunityKind.FAMILY_CHANGE
                && o.resource().equals(ResourceId.pool("c", "batch"))).findFirst().orElseThrow();
        assertThatThrownBy(() -> OpportunityApplier.apply(config, List.of(spot, family)))
                .hasMessageContaining("batch").hasMessageContaining("choose one");
    }
}
