package io.provctl.cost;

import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.CostLine;
import io.provctl.cost.estimate.CostWarning;
import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.estimate.ResourceCost;
import io.provctl.cost.estimate.UnknownPriceException;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.config.Configuration;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;
import io.provctl.model.ResourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.provctl.testsupport.CostFixtures.bare;
import static io.provctl.testsupport.CostFixtures.managed;
import static io.provctl.testsupport.CostFixtures.originalAws;
import static io.provctl.testsupport.CostFixtures.originalAzure;
import static io.provctl.testsupport.CostFixtures.pool;
import static io.provctl.testsupport.CostFixtures.spotPool;
import static io.provctl.testsupport.CostFixtures.withConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostEstimatorTest {

    private static final BigDecimal HOURS = BigDecimal.valueOf(730);
    private final PriceSource catalog = PriceSources.embedded();

    private CostEstimator estimator(EstimateOptions options) {
        return new CostEstimator(catalog, BillingPolicies.standard(), options);
    }

    private static BigDecimal line(CostEstimate e, ResourceId id, String component) {
        return e.resource(id).orElseThrow().lines().stream().filter(l -> l.component().equals(component))
                .findFirst().flatMap(CostLine::monthly).orElseThrow();
    }

    @Test
    void threeT3LargeNodesInUsWest2CostThreeTimesTheCatalogPriceTimes730() {
        BigDecimal price = catalog.find("aws", "us-west-2", "t3.large").orElseThrow().price();
        CostEstimate e = estimator(EstimateOptions.strictDefaults().withRootVolumeGb(0))
                .estimate(List.of(bare("c", "aws", "us-west-2", pool("web", "t3.large", 3, 3, 3))));
        ResourceCost pool = e.resource(ResourceId.pool("c", "web")).orElseThrow();
        assertThat(pool.monthly()).isEqualByComparingTo(BigDecimal.valueOf(3).multiply(price).multiply(HOURS));
        assertThat(pool.monthly()).isEqualByComparingTo("182.208");
        assertThat(pool.hourly()).isEqualByComparingTo("0.2496");
        assertThat(e.monthly()).isEqualByComparingTo("182.208");
        assertThat(e.assumptions()).contains("Billing month for aws: 730 hours.");
    }

    @Test
    void originalAwsEndToEndInPlanModeWarnsAboutTheUnpricedSpotPool() {
        CostEstimate e = estimator(EstimateOptions.lenientDefaults()).estimate(List.of(originalAws()));
        assertThat(line(e, ResourceId.controlPlane("production-eks"), "control plane fee")).isEqualByComparingTo("73");
        assertThat(line(e, ResourceId.network("production-eks"), "NAT gateway")).isEqualByComparingTo("98.55");
        assertThat(line(e, ResourceId.pool("production-eks", "system"), "instances (on-demand)"))
                .isEqualByComparingTo("91.104");
        assertThat(line(e, ResourceId.pool("production-eks", "general"), "instances (on-demand)"))
                .isEqualByComparingTo("607.36");
        assertThat(e.resource(ResourceId.pool("production-eks", "compute-spot")).orElseThrow().priced()).isFalse();
        assertThat(e.complete()).isFalse();
        assertThat(e.warnings()).contains(new CostWarning.UnknownPrice(
                ResourceId.pool("production-eks", "compute-spot"), "aws", "us-west-2", "c5.2xlarge"));
        // us-west-2 has no EBS price in the catalog: root volumes are flagged, not counted as zero.
        assertThat(e.warnings()).anyMatch(w -> w instanceof CostWarning.UnknownPrice u
                && u.sku().equals("ebs-gp3-storage"));
        assertThat(e.monthly()).isEqualByComparingTo("870.014");
        assertThat(e.assumptions()).contains("One NAT gateway per availability zone (the highly available layout).");
        assertThat(e.warnings()).contains(new CostWarning.SpotSavingsAvailable(
                ResourceId.pool("production-eks", "system"), new BigDecimal("63.7290"), false));
    }

    @Test
    void strictModeFailsOnAnInstanceTypeWithoutPriceNamingPoolProviderRegionAndType() {
        assertThatThrownBy(() -> estimator(EstimateOptions.strictDefaults()).estimate(List.of(originalAws())))
                .isInstanceOf(UnknownPriceException.class)
                .hasMessageContaining("c5.2xlarge").hasMessageContaining("aws/us-west-2")
                .hasMessageContaining("cluster.production-eks.pool.compute-spot");
    }

    @Test
    void originalAzureEndToEndStatesTheAssumedSpotRatio() {
        CostEstimate e = estimator(EstimateOptions.lenientDefaults()).estimate(List.of(originalAzure()));
        assertThat(line(e, ResourceId.controlPlane("production-aks"), "control plane fee")).isEqualByComparingTo("0");
        assertThat(line(e, ResourceId.pool("production-aks", "system"), "instances (on-demand)"))
                .isEqualByComparingTo("210.24");
        assertThat(line(e, ResourceId.pool("production-aks", "application"), "instances (on-demand)"))
                .isEqualByComparingTo("1401.6");
        ResourceCost batch = e.resource(ResourceId.pool("production-aks", "batch-spot")).orElseThrow();
        assertThat(batch.monthlyOf("instances (spot)")).isEqualByComparingTo("0");
        // 30 nodes x 0.338 x 0.30 x 730 at max size, root volumes unpriced for Azure.
        assertThat(batch.range().orElseThrow().monthlyAtMax()).isEqualByComparingTo("2220.66");
        assertThat(e.assumptions()).contains("Spot price of Standard_F8s_v2 in azure/eastus assumed at 30 % of"
                + " on-demand: the catalog has no spot price for it.");
    }

    @Test
    void spotPoolSplitsOnDemandBaseAndSpotPartsAndShowsTheRange() {
        ClusterSpec c = bare("c", "aws", "us-east-1",
                withConfig(spotPool("batch", "m5.large", 2, 10, 4), Map.of("on_demand_base", 1)));
        CostEstimate e = estimator(EstimateOptions.strictDefaults()).estimate(List.of(c));
        ResourceCost p = e.resource(ResourceId.pool("c", "batch")).orElseThrow();
        assertThat(p.monthlyOf("instances (on-demand)")).isEqualByComparingTo("70.08");
        assertThat(p.monthlyOf("instances (spot)")).isEqualByComparingTo("63.072");
        assertThat(p.monthlyOf("root volumes")).isEqualByComparingTo("6.4");
        assertThat(p.range().orElseThrow().minSize()).isEqualTo(2);
        // min 2: 1 on-demand + 1 spot + 40 GB; max 10: 1 on-demand + 9 spot + 200 GB.
        assertThat(p.range().orElseThrow().monthlyAtMin()).isEqualByComparingTo("94.304");
        assertThat(p.range().orElseThrow().monthlyAtMax()).isEqualByComparingTo("275.296");
        assertThat(e.assumptions()).anyMatch(a -> a.contains("m5.large") && a.contains("30 %"));
    }

    @Test
    void warnsWhenTheMonthlyTotalIsOverTheThreshold() {
        CostEstimate e = estimator(EstimateOptions.strictDefaults().withThreshold(BigDecimal.valueOf(100)))
                .estimate(List.of(bare("c", "aws", "us-east-1", pool("p", "m5.xlarge", 1, 3, 2))));
        assertThat(e.warnings().get(0)).isInstanceOf(CostWarning.OverThreshold.class);
        assertThat(e.warnings().get(0).message()).contains("$283.52").contains("$100.00");
    }

    @Test
    void managedControlPlaneFeesPerProvider() {
        CostEstimate e = estimator(EstimateOptions.strictDefaults()).estimate(List.of(
                managed("g", "gcp", "us-central1", List.of(), false, Map.of()),
                managed("a", "azure", "eastus", List.of(), false, Map.of("sku_tier", "standard"))));
        assertThat(line(e, ResourceId.controlPlane("g"), "control plane fee")).isEqualByComparingTo("73");
        assertThat(line(e, ResourceId.controlPlane("a"), "control plane fee")).isEqualByComparingTo("73");
    }

    @Test
    void overrideFileWinsOverTheCatalogAndAddsSkus(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("prices.csv");
        Files.writeString(file, "provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source,date,unit\n"
                + "aws,us-west-2,t3.large,2,8,0.05,,negotiated rate,2026-11-01,hour\n"
                + "aws,us-west-2,c5.2xlarge,8,16,0.34,0.12,internal sheet,2026-11-01,hour\n");
        CostEstimator est = new CostEstimator(PriceSources.standard(Optional.of(file)), BillingPolicies.standard(),
                EstimateOptions.strictDefaults().withRootVolumeGb(0));
        CostEstimate e = est.estimate(List.of(bare("c", "aws", "us-west-2", pool("web", "t3.large", 1, 3, 2),
                spotPool("batch", "c5.2xlarge", 0, 4, 1))));
        assertThat(e.resource(ResourceId.pool("c", "web")).orElseThrow().monthly()).isEqualByComparingTo("73");
        assertThat(e.resource(ResourceId.pool("c", "batch")).orElseThrow().monthly()).isEqualByComparingTo("87.6");
    }

    @Test
    void commandLinePricingFileWinsOverTheConfigurationFile(@TempDir Path dir) throws Exception {
        String header = "provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source\n";
        Path configFile = Files.writeString(dir.resolve("config.csv"), header
                + "aws,us-east-1,m5.large,2,8,0.09,,config file\naws,us-east-1,m5.xlarge,4,16,0.18,,config file\n");
        Path cliFile = Files.writeString(dir.resolve("cli.csv"), header + "aws,us-east-1,m5.large,2,8,0.08,,cli\n");
        Configuration config = new Configuration(List.of(), Map.of(), List.of(), Optional.of(configFile), List.of());
        PriceSource prices = PriceSources.forConfiguration(config, Optional.of(cliFile));
        assertThat(prices.find("aws", "us-east-1", "m5.large").orElseThrow().source()).isEqualTo("cli");
        assertThat(prices.find("aws", "us-east-1", "m5.xlarge").orElseThrow().source()).isEqualTo("config file");
        assertThat(prices.find("aws", "us-east-1", "c5.large")).isPresent();
        assertThat(PriceSources.forConfiguration(Configuration.empty(), Optional.empty()))
                .isSameAs(PriceSources.embedded());
    }

    @Test
    void warnsWhenTheSpotMaxPriceIsBelowTheEstimatedSpotPrice() {
        PoolSpec capped = new PoolSpec("batch", "c5.xlarge", 0, 4, 2,
                new SpotSpec(true, Optional.of(new BigDecimal("0.04"))), Map.of(), List.of(), Map.of(),
                SourcePosition.unknown("t"));
        CostEstimate e = estimator(EstimateOptions.strictDefaults()).estimate(List.of(bare("c", "aws", "us-west-2",
                capped)));
        assertThat(e.warnings()).contains(new CostWarning.SpotMaxPriceBelowEstimate(ResourceId.pool("c", "batch"),
                new BigDecimal("0.04"), new BigDecimal("0.0510")));
    }

    @Test
    void vpsiePlansArePricedPerMonthOverA720HourMonth(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vpsie.csv");
        Files.writeString(file, "provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source,date,unit\n"
                + "vpsie,yul1,test-plan-2c4g,2,4,36.00,,test fixture,2026-11-01,month\n");
        CostEstimator est = new CostEstimator(PriceSources.standard(Optional.of(file)), BillingPolicies.standard(),
                EstimateOptions.strictDefaults().withRootVolumeGb(0));
        CostEstimate e = est.estimate(List.of(bare("v", "vpsie", "yul1", pool("p", "test-plan-2c4g", 1, 5, 3))));
        assertThat(e.monthly()).isEqualByComparingTo("108");
        assertThat(e.hourly()).isEqualByComparingTo("0.15");
        assertThat(e.assumptions()).contains("Billing month for vpsie: 720 hours (the provider's billing month).");
    }
}
