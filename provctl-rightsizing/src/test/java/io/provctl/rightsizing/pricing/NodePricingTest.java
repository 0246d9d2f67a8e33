package io.provctl.rightsizing.pricing;

import io.provctl.cost.pricing.PriceKey;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.cost.pricing.PriceUnit;
import io.provctl.cost.pricing.TablePriceSource;
import io.provctl.rightsizing.ResourcePrices;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NodePricingTest {

    private static final ResourcePrices REFERENCE = new ResourcePrices(new BigDecimal("0.024"),
            new BigDecimal("0.006"), "aws m5.large us-east-1");
    private static final NodePricing PRICING = new NodePricing(PriceSources.embedded(),
            ResourcePrices.DEFAULT_CPU_SHARE, REFERENCE);

    private static Optional<NodeFacts> node(String name, String type, String region, String provider) {
        return Optional.of(new NodeFacts(name, Optional.of(type), Optional.of(region), Optional.of(provider)));
    }

    @Test
    void podsAreWeightedByTheNodesTheyRunOn() {
        // t3.large $0.0832/h, 2 vCPU, 8 GiB -> $0.0208 and $0.0052; n2-standard-4 $0.1942/h, 4, 16 -> $0.024275, $0.00606875
        WorkloadPrices p = PRICING.price(List.of(node("a", "t3.large", "us-east-1", "aws"),
                node("a", "t3.large", "us-east-1", "aws"), node("b", "n2-standard-4", "us-central1", "gcp")));

        assertThat(p.fromReference()).isFalse();
        assertThat(p.prices().perVcpuHour()).isEqualByComparingTo("0.02195833333333333");
        assertThat(p.prices().perGibHour()).isEqualByComparingTo("0.005489583333333333");
        assertThat(p.prices().basis()).startsWith("mean over 3 pod(s) of their nodes (a x2: aws/us-east-1/t3.large at $0.0832/h")
                .contains("b x1: gcp/us-central1/n2-standard-4").doesNotContain("left out");
    }

    @Test
    void oneNodeGivesItsOwnSplit() {
        WorkloadPrices p = PRICING.price(List.of(node("a", "t3.large", "us-east-1", "aws")));

        assertThat(p.prices().perVcpuHour()).isEqualByComparingTo("0.0208");
        assertThat(p.prices().perGibHour()).isEqualByComparingTo("0.0052");
    }

    @Test
    void withoutAKnownNodeTheReferenceIsUsedAndSaysWhy() {
        WorkloadPrices none = PRICING.price(List.of());
        WorkloadPrices unscheduled = PRICING.price(List.of(Optional.empty(), Optional.empty()));

        assertThat(none.fallbackReason()).contains("no pod of the workload is running");
        assertThat(none.prices().perVcpuHour()).isEqualByComparingTo("0.024");
        assertThat(none.prices().basis()).startsWith("reference aws m5.large us-east-1 (no pod of the workload is running)");
        assertThat(unscheduled.fallbackReason()).contains("2 of 2 pod(s) on no known node");
    }

    @Test
    void aNodeTypeMissingFromTheCatalogIsNamed() {
        WorkloadPrices p = PRICING.price(List.of(
                Optional.of(new NodeFacts("kind-worker", Optional.empty(), Optional.empty(), Optional.empty())),
                node("x", "m5.large", "us-east-1", "azure")));

        assertThat(p.fromReference()).isTrue();
        assertThat(p.fallbackReason().orElseThrow()).isEqualTo("2 of 2 pod(s) on nodes not in the price catalog: "
                + "kind-worker (no instance type), x (m5.large, us-east-1, azure)");
    }

    @Test
    void podsOnUnpricedNodesAreLeftOutOfTheMeanAndNamed() {
        WorkloadPrices p = PRICING.price(List.of(node("a", "t3.large", "us-east-1", "aws"), Optional.empty()));

        assertThat(p.fromReference()).isFalse();
        assertThat(p.prices().perVcpuHour()).isEqualByComparingTo("0.0208");
        assertThat(p.prices().basis()).endsWith("; left out: 1 of 2 pod(s) on no known node");
    }

    @Test
    void theNodesRegionIsPreferredAndAnUnknownProviderTakesAnyRow() {
        TablePriceSource table = new TablePriceSource(List.of(row("us-east-1", "0.096"), row("eu-west-1", "0.107")));
        NodePricing pricing = new NodePricing(table, ResourcePrices.DEFAULT_CPU_SHARE, REFERENCE);

        WorkloadPrices p = pricing.price(List.of(Optional.of(new NodeFacts("a", Optional.of("m5.large"),
                Optional.of("eu-west-1"), Optional.empty()))));

        assertThat(p.prices().perVcpuHour()).isEqualByComparingTo("0.02675");
        assertThat(p.prices().basis()).contains("aws/eu-west-1/m5.large");
    }

    private static PriceRow row(String region, String price) {
        return new PriceRow(new PriceKey("aws", region, "m5.large"), Optional.of(2), Optional.of(new BigDecimal("8")),
                new BigDecimal(price), Optional.empty(), PriceUnit.HOUR, "test", Optional.empty());
    }

    @Test
    void theSpotRatioIsTheNodesOwnWhenTheyAllShareIt() {
        // gcp n2-standard-4: spot (preemptible) price over on-demand, from the catalog
        WorkloadPrices p = PRICING.price(List.of(node("b", "n2-standard-4", "us-central1", "gcp"),
                node("c", "n2-standard-4", "us-central1", "gcp")));

        assertThat(p.prices().spot().assumed()).isFalse();
        assertThat(p.prices().spot().ratio()).isLessThan(new BigDecimal("0.3"));
        assertThat(p.prices().spot().basis()).contains("n2-standard-4");
    }

    @Test
    void mixedNodesWeighTheirSpotRatiosByPodsAndSayWhenOneIsAssumed() {
        WorkloadPrices gcpOnly = PRICING.price(List.of(node("b", "n2-standard-4", "us-central1", "gcp")));
        WorkloadPrices mixed = PRICING.price(List.of(node("a", "t3.large", "us-east-1", "aws"),
                node("b", "n2-standard-4", "us-central1", "gcp")));

        BigDecimal expected = gcpOnly.prices().spot().ratio()
                .add(PRICING.price(List.of(node("a", "t3.large", "us-east-1", "aws"))).prices().spot().ratio())
                .divide(BigDecimal.valueOf(2), java.math.MathContext.DECIMAL64);
        assertThat(mixed.prices().spot().ratio()).isEqualByComparingTo(expected);
        assertThat(mixed.prices().spot().basis()).startsWith("pod-weighted mean");
        assertThat(mixed.prices().spot().assumed())
                .isEqualTo(PRICING.price(List.of(node("a", "t3.large", "us-east-1", "aws"))).prices().spot().assumed());
    }

    @Test
    void theReferenceKeepsItsSpotRatio() {
        WorkloadPrices p = PRICING.price(List.of());

        assertThat(p.prices().spot()).isEqualTo(REFERENCE.spot());
    }
}
