package io.provctl.cost;

import io.provctl.catalog.InstanceShape;
import io.provctl.cost.pricing.CatalogInstanceTypes;
import io.provctl.cost.pricing.PriceCatalogException;
import io.provctl.cost.pricing.PriceCsv;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.cost.pricing.PriceUnit;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceCatalogTest {

    private final PriceSource catalog = PriceSources.embedded();

    @Test
    void everyEmbeddedRowNamesItsSourceAndDate() {
        assertThat(catalog.rows()).hasSizeGreaterThan(40);
        assertThat(catalog.rows()).allSatisfy(r -> {
            assertThat(r.source()).isNotBlank();
            assertThat(r.date()).isPresent();
        });
    }

    @Test
    void coversTheRequiredOfferings() {
        assertThat(catalog.find("aws", "us-east-1", "c5.4xlarge")).map(PriceRow::price)
                .contains(new BigDecimal("0.68"));
        assertThat(catalog.find("aws", "us-west-2", "t3.large")).map(PriceRow::price)
                .contains(new BigDecimal("0.0832"));
        assertThat(catalog.find("azure", "eastus", "Standard_F16s_v2")).map(PriceRow::price)
                .contains(new BigDecimal("0.677"));
        assertThat(catalog.find("gcp", "us-central1", "n2-standard-8")).map(PriceRow::spotPrice)
                .contains(java.util.Optional.of(new BigDecimal("0.0940")));
        assertThat(catalog.find("gcp", "us-central1", "gke-cluster-management-fee")).map(PriceRow::price)
                .contains(new BigDecimal("0.10"));
        assertThat(catalog.find("aws", "us-east-1", "ebs-gp3-storage")).map(PriceRow::unit)
                .contains(PriceUnit.GB_MONTH);
    }

    @Test
    void instanceTypeCatalogKnowsShapesPerProvider() {
        CatalogInstanceTypes types = new CatalogInstanceTypes(catalog);
        assertThat(types.providers()).contains("aws", "azure", "gcp");
        assertThat(types.instanceTypes("aws")).contains("t3.large", "m5.2xlarge").doesNotContain("ebs-gp3-storage");
        assertThat(types.shape("azure", "Standard_D4s_v3"))
                .contains(new InstanceShape("azure", "Standard_D4s_v3", 4, new BigDecimal("16")));
        assertThat(types.instanceTypes("nope")).isEmpty();
    }

    @Test
    void readsFilesWithoutTheDateAndUnitColumnsAsHourlyPrices() {
        String csv = "provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source\n"
                + "aws,us-east-1,t3.medium,2,4,0.0416,,\"a, quoted source\"\n";
        PriceRow row = PriceCsv.parse(new StringReader(csv), "shared.csv").get(0);
        assertThat(row.unit()).isEqualTo(PriceUnit.HOUR);
        assertThat(row.source()).isEqualTo("a, quoted source");
        assertThat(row.date()).isEmpty();
    }

    @Test
    void aRowWithoutOnDemandPriceIsRejectedClearly() {
        String csv = "provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source\n"
                + "aws,unspecified,t3.medium,2,4,,0.0125,spot only\n";
        assertThatThrownBy(() -> PriceCsv.parse(new StringReader(csv), "shared.csv"))
                .hasMessageContaining("shared.csv:2").hasMessageContaining("price_hour_usd is empty");
    }

    @Test
    void badRowsAreReportedWithFileAndLine() {
        String csv = "provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source\n"
                + "aws,us-east-1,x.large,2,8,notanumber,,src\n";
        assertThatThrownBy(() -> PriceCsv.parse(new StringReader(csv), "prices.csv"))
                .isInstanceOf(PriceCatalogException.class).hasMessageContaining("prices.csv:2");
    }
}
