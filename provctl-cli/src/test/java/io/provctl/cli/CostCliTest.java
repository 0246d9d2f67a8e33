package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CostCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    private static String awsCluster(int desired, String extra) {
        return """
                cluster "web" {
                  provider = "aws"
                  region   = "us-west-2"
                  network { vpc_cidr = "10.0.0.0/16" }
                  control_plane { version = "1.30" }
                  worker_pools {
                    pool "general" {
                      instance_type = "t3.large"
                      min_size      = 1
                      max_size      = 10
                      desired_size  = %d
                    }
                  }
                }
                %s
                """.formatted(desired, extra);
    }

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
    }

    @Test
    void anEstimateIsPinnedToTheCatalog() throws Exception {
        cli.write("web.hcl", awsCluster(3, ""));

        CliHarness.Result result = cli.run("cost", "estimate", "-o", "json", "web.hcl");

        assertThat(result.code()).as(result.toString()).isZero();
        JsonNode root = Json.read(result.out());
        JsonNode pool = find(root.path("resources"), "cluster.web.pool.general");
        JsonNode instances = pool.path("lines").get(0);
        assertThat(new BigDecimal(instances.path("monthly").asText())).isEqualByComparingTo("182.208");
        assertThat(root.path("assumptions").toString()).contains("730 hours");
        CliHarness.Result text = cli.run("cost", "estimate", "web.hcl");
        assertThat(text.out()).contains("t3.large", "$182.21", "1-10 nodes");
    }

    @Test
    void anUnknownPriceIsAnErrorAndAPricingFileFillsIt() throws Exception {
        cli.copy(CliHarness.SHARED.resolve("examples/original-aws.hcl"), "aws.hcl");

        CliHarness.Result missing = cli.run("cost", "estimate", "aws.hcl");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no price for instance type c5.2xlarge in aws/us-west-2");

        cli.write("prices.csv", """
                provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source
                aws,us-west-2,c5.2xlarge,8,16,0.34,0.12,test fixture
                aws,us-west-2,ebs-gp3-storage-per-GB-month,,,0.08,,test fixture
                """);
        CliHarness.Result priced = cli.run("cost", "estimate", "--pricing", "prices.csv", "aws.hcl");
        assertThat(priced.code()).as(priced.toString()).isZero();
        assertThat(priced.out()).contains("c5.2xlarge", "TOTAL");
    }

    @Test
    void theHtmlReportHasAChart() throws Exception {
        cli.write("web.hcl", awsCluster(3, ""));

        CliHarness.Result result = cli.run("cost", "estimate", "-o", "html", "report.html", "web.hcl");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg", "cluster.web.pool.general");
        assertThat(cli.run("cost", "estimate", "-o", "html").err()).contains("-o html needs the file to write");
    }

    @Test
    void planShowsEachActionsMonthlyCostAndTheTotal() {
        cli.write("web.hcl", awsCluster(3, ""));

        CliHarness.Result plan = cli.run("plan", "--cloud", "local", "web.hcl");

        assertThat(plan.out()).contains("      monthly cost: +$182.21\n", "Monthly cost change: +$");
    }

    @Test
    void diffComparesTwoConfigurationsAndAConfigurationWithTheState() throws Exception {
        cli.write("a.hcl", awsCluster(3, ""));
        cli.write("b.hcl", awsCluster(5, ""));

        JsonNode twoFiles = Json.read(cli.run("cost", "diff", "-o", "json", "a.hcl", "b.hcl").out());
        assertThat(new BigDecimal(twoFiles.path("monthly_delta").asText())).isEqualByComparingTo("121.472");

        assertThat(cli.run("apply", "--auto-approve", "--cloud", "local", "a.hcl").code()).isZero();
        CliHarness.Result againstState = cli.run("cost", "diff", "b.hcl");
        assertThat(againstState.code()).as(againstState.toString()).isZero();
        assertThat(againstState.out()).contains("cluster.web.pool.general", "+$121.47");
    }

    @Test
    void aDenyBudgetStopsThePlanAndApplyNamingIt() {
        cli.write("web.hcl", awsCluster(3, "budget \"team\" {\n  monthly_limit = 100\n  action = \"deny\"\n}\n"));

        CliHarness.Result plan = cli.run("plan", "--cloud", "local", "web.hcl");
        CliHarness.Result apply = cli.run("apply", "--auto-approve", "--cloud", "local", "web.hcl");

        assertThat(plan.code()).isEqualTo(1);
        assertThat(plan.err()).contains("budget \"team\"");
        assertThat(apply.code()).isEqualTo(1);
        assertThat(apply.err()).contains("budget \"team\"");
        assertThat(cli.run("state", "list").out()).isEmpty();
        assertThat(cli.run("local", "list").out().lines().count()).isEqualTo(1);
    }

    @Test
    void aWarnBudgetOnlyWarns() {
        cli.write("web.hcl", awsCluster(3, "budget \"team\" {\n  monthly_limit = 100\n  action = \"warn\"\n}\n"));

        CliHarness.Result plan = cli.run("plan", "--cloud", "local", "web.hcl");

        assertThat(plan.code()).isZero();
        assertThat(plan.out()).contains("Warning: budget \"team\" (warn): monthly cost $");
    }

    @Test
    void everyApplyRecordsCostForHistoryAndForecast() throws Exception {
        cli.write("web.hcl", awsCluster(2, ""));
        for (int day = 1; day <= 3; day++) {
            cli.clock = Clock.fixed(Instant.parse("2026-11-0" + day + "T00:00:00Z"), ZoneOffset.UTC);
            Files.writeString(dir.resolve("web.hcl"), awsCluster(1 + day, ""));
            assertThat(cli.run("apply", "--auto-approve", "--cloud", "local", "web.hcl").code()).isZero();
        }

        CliHarness.Result history = cli.run("cost", "history");
        assertThat(history.out().lines()).hasSize(4);
        assertThat(history.out()).startsWith("TIME").contains("2026-11-01T00:00:00Z");

        JsonNode forecast = Json.read(cli.run("cost", "forecast", "--days", "7", "-o", "json").out());
        assertThat(new BigDecimal(forecast.path("slope_per_day").asText())).isEqualByComparingTo("60.736");
    }

    @Test
    void optimizeListsOpportunitiesAndAppliesAChosenOne() throws Exception {
        cli.write("web.hcl", awsCluster(8, ""));
        JsonNode listed = Json.read(cli.run("cost", "optimize", "-o", "json", "web.hcl").out());
        String id = listed.path("opportunities").get(0).path("id").asText();
        assertThat(id).isEqualTo("downsize:cluster.web.pool.general");

        CliHarness.Result applied = cli.run("cost", "optimize", "--cloud", "local", "--apply", id, "--auto-approve",
                "web.hcl");

        assertThat(applied.code()).as(applied.toString()).isZero();
        assertThat(applied.out()).contains("Apply complete! Resources: 4 added");
        assertThat(applied.err()).contains("the configuration files are not changed");
        assertThat(cli.run("state", "show", "cluster.web.pool.general").out()).contains("desired_size = 4");
        assertThat(cli.run("cost", "optimize", "--apply", "nope", "web.hcl").err()).contains("no opportunity nope");
    }

    private static JsonNode find(JsonNode array, String address) {
        for (JsonNode n : array) {
            if (address.equals(n.path("address").asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + address + " in " + array);
    }
}
