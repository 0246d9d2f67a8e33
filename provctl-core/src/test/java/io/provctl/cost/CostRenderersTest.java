package io.provctl.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.provctl.cost.analyze.CostForecaster;
import io.provctl.cost.analyze.CostHistory;
import io.provctl.cost.analyze.CostSnapshot;
import io.provctl.cost.budget.BudgetCheck;
import io.provctl.cost.diff.CostDiffer;
import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.optimize.CostOptimizer;
import io.provctl.cost.optimize.OptimizerOptions;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.cost.render.CostHtmlRenderer;
import io.provctl.cost.render.CostJsonRenderer;
import io.provctl.cost.render.CostTextRenderer;
import io.provctl.cost.render.Money;
import io.provctl.model.BudgetSpec;
import io.provctl.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import static io.provctl.testsupport.CostFixtures.bare;
import static io.provctl.testsupport.CostFixtures.originalAws;
import static io.provctl.testsupport.CostFixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

class CostRenderersTest {

    private final CostEstimator estimator = new CostEstimator(PriceSources.embedded(), BillingPolicies.standard(),
            EstimateOptions.lenientDefaults());
    private final CostEstimate aws = estimator.estimate(List.of(originalAws()));

    @Test
    void moneyIsRoundedToCentsOnlyWhenShown() {
        assertThat(Money.usd(new BigDecimal("182.208"))).isEqualTo("$182.21");
        assertThat(Money.usd(new BigDecimal("-3.105"))).isEqualTo("-$3.11");
        assertThat(Money.signed(new BigDecimal("12"))).isEqualTo("+$12.00");
        assertThat(Money.price(new BigDecimal("0.08320"))).isEqualTo("$0.0832");
    }

    @Test
    void textTableHasUppercaseHeadersNoBordersAndCents() {
        String out = new CostTextRenderer().estimate(aws);
        String header = out.lines().findFirst().orElseThrow();
        assertThat(header).startsWith("RESOURCE").contains("MONTHLY").contains("RANGE (MIN-MAX)")
                .doesNotContain("|");
        assertThat(out).contains("cluster.production-eks.pool.general").contains("$607.36")
                .contains("5-20 nodes: $303.68-$1214.72").contains("unpriced").contains("Assumptions:")
                .contains("Warnings:").contains("TOTAL");
        assertThat(out).doesNotContain("182.208");
    }

    @Test
    void jsonCarriesExactDecimalStringsThatRoundTrip() throws Exception {
        String json = new CostJsonRenderer().estimate(aws);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("schema_version").asText()).isEqualTo("1");
        assertThat(root.get("total_monthly").isTextual()).isTrue();
        assertThat(new BigDecimal(root.get("total_monthly").asText())).isEqualTo(aws.monthly());
        assertThat(root.get("complete").asBoolean()).isFalse();
        JsonNode general = null;
        for (JsonNode r : root.get("resources")) {
            if (r.get("address").asText().equals("cluster.production-eks.pool.general")) {
                general = r;
            }
        }
        assertThat(general).isNotNull();
        assertThat(general.get("monthly").asText()).isEqualTo("607.3600");
        assertThat(general.get("range").get("max_size").asInt()).isEqualTo(20);
        assertThat(general.get("lines").get(0).get("unit_price").asText()).isEqualTo("0.0832");
        assertThat(root.get("warnings")).anyMatch(w -> w.get("code").asText().equals("unknown_price"));
        assertThat(root.get("assumptions").size()).isGreaterThan(3);
    }

    @Test
    void jsonForDiffOptimizeBudgetsAndForecast() throws Exception {
        ObjectMapper m = new ObjectMapper();
        CostJsonRenderer json = new CostJsonRenderer();
        CostEstimate small = estimator.estimate(List.of(bare("c", "aws", "us-east-1", pool("p", "m5.large", 1, 3, 2))));
        JsonNode diff = m.readTree(json.diff(CostDiffer.diff(CostEstimate.empty(), small)));
        assertThat(new BigDecimal(diff.get("monthly_delta").asText())).isEqualTo(small.monthly());
        assertThat(diff.get("resources").get(0).get("before").isNull()).isTrue();
        assertThat(diff.get("resources").get(0).get("change").asText()).isEqualTo("added");

        CostOptimizer opt = new CostOptimizer(PriceSources.embedded(), estimator, OptimizerOptions.defaults());
        JsonNode ops = m.readTree(json.opportunities(opt.optimize(List.of(bare("c", "aws", "us-east-1",
                pool("p", "m5.large", 2, 2, 2))))));
        assertThat(ops.get("opportunities").get(0).get("monthly_savings").isTextual()).isTrue();
        String opsText = new CostTextRenderer().opportunities(opt.optimize(List.of(bare("c", "aws", "us-east-1",
                pool("p", "m5.large", 2, 2, 2)))));
        assertThat(opsText).startsWith("ID").contains("family-change:cluster.c.pool.p").contains("$30.37")
                .contains("MEDIUM");

        JsonNode budgets = m.readTree(json.budgets(BudgetCheck.check(List.of(new BudgetSpec("team",
                BigDecimal.TEN, BudgetSpec.Action.DENY, SourcePosition.unknown("x"))), small)));
        assertThat(budgets.get("denied").asBoolean()).isTrue();
        assertThat(budgets.get("breaches").get(0).get("budget").asText()).isEqualTo("team");

        CostHistory h = new CostHistory(List.of(
                new CostSnapshot(Instant.parse("2026-11-01T00:00:00Z"), BigDecimal.ONE, new TreeMap<>()),
                new CostSnapshot(Instant.parse("2026-11-02T00:00:00Z"), BigDecimal.TEN, new TreeMap<>())));
        JsonNode f = m.readTree(json.forecast(CostForecaster.forecast(h, 2)));
        assertThat(new BigDecimal(f.get("slope_per_day").asText())).isEqualByComparingTo("9");
        assertThat(f.get("points").size()).isEqualTo(2);
        assertThat(new CostTextRenderer().forecast(CostForecaster.forecast(h, 2))).contains("+$9.00 per day");
    }

    @Test
    void htmlReportIsSelfContainedWithAnSvgChart() {
        String html = new CostHtmlRenderer().estimate(aws, "production <eks>");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("<rect")
                .contains("cluster.production-eks.pool.general").contains("production &lt;eks&gt;")
                .doesNotContain("<script").doesNotContain("http://cdn").doesNotContain("https://");
    }
}
