package io.provctl.cost;

import io.provctl.cost.calc.CostCalculator;
import io.provctl.cost.calc.NodeGroupCost;
import io.provctl.cost.calc.Offering;
import io.provctl.cost.calc.Requirement;
import io.provctl.cost.calc.Savings;
import io.provctl.cost.calc.UnitCosts;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceSources;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.provctl.testsupport.CostFixtures.bare;
import static io.provctl.testsupport.CostFixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

class CostCalculatorTest {

    private final CostCalculator calc = new CostCalculator(PriceSources.embedded(), BillingPolicies.standard(),
            EstimateOptions.DEFAULT_SPOT_RATIO);

    @Test
    void nodeGroupCostHourlyDailyMonthly() {
        NodeGroupCost c = calc.nodeGroupCost("aws", "us-east-1", "c5.xlarge", 4, false).orElseThrow();
        assertThat(c.hourly()).isEqualByComparingTo("0.68");
        assertThat(c.daily()).isEqualByComparingTo("16.32");
        assertThat(c.monthly()).isEqualByComparingTo("496.4");
        assertThat(calc.nodeGroupCost("gcp", "us-central1", "e2-standard-4", 2, true).orElseThrow().monthly())
                .isEqualByComparingTo("58.7066");
        assertThat(calc.nodeGroupCost("aws", "us-east-1", "nope.large", 1, false)).isEmpty();
    }

    @Test
    void comparesOfferingsAndFindsTheCheapestThatMeetsTheRequirement() {
        Requirement req = Requirement.of(4, 16, 20, "us-east-1", false);
        List<Offering> offers = calc.compare(req);
        assertThat(offers).extracting(Offering::instanceType).startsWith("t3a.xlarge", "t3.xlarge", "m5a.xlarge")
                .doesNotContain("c5.xlarge", "m5.large");
        Offering best = calc.cheapest(req).orElseThrow();
        assertThat(best.instanceMonthly()).isEqualByComparingTo("109.792");
        assertThat(best.diskMonthly()).isEqualByComparingTo("1.6");
        assertThat(best.monthly()).isEqualByComparingTo("111.392");
    }

    @Test
    void spotAllowedPicksTheCheapestSpotOffering() {
        Offering best = calc.cheapest(Requirement.of(4, 16, 0, "us-central1", true)).orElseThrow();
        assertThat(best.instanceType()).isEqualTo("e2-standard-4");
        assertThat(best.spot()).isTrue();
        assertThat(best.instanceMonthly()).isEqualByComparingTo("29.3533");
        assertThat(calc.cheapest(Requirement.of(64, 512, 0, "us-east-1", true))).isEmpty();
    }

    @Test
    void costPerVcpuPerGibAndPerDiskGb() {
        UnitCosts u = calc.unitCosts("aws", "us-east-1", "m5.xlarge").orElseThrow();
        assertThat(u.perVcpuMonthly()).isEqualByComparingTo("35.04");
        assertThat(u.perGibMonthly()).isEqualByComparingTo("8.76");
        assertThat(u.perDiskGbMonthly()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.08"));
    }

    @Test
    void savingsBetweenTwoConfigurations() {
        CostEstimator est = new CostEstimator(PriceSources.embedded(), BillingPolicies.standard(),
                EstimateOptions.strictDefaults().withRootVolumeGb(0));
        Savings s = CostCalculator.savings(est, List.of(bare("c", "aws", "us-east-1", pool("p", "m5.large", 1, 4, 4))),
                List.of(bare("c", "aws", "us-east-1", pool("p", "m5a.large", 1, 4, 4))));
        assertThat(s.monthly()).isEqualByComparingTo("29.2");
        assertThat(s.yearly()).isEqualByComparingTo("350.4");
        assertThat(s.percent()).isEqualByComparingTo(new BigDecimal("10.42"));
    }
}
