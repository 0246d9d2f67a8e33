package io.provctl.cli;

import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudConfig;
import io.provctl.cost.pricing.CatalogInstanceTypes;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.provider.CapacityType;
import io.provctl.provider.InterruptionNotice;
import io.provctl.provider.NodeRequest;
import io.provctl.time.Sleeper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code provctl local interrupt} sends a spot interruption notice the operator's NodeProvider then reports. */
class LocalInterruptCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private LocalCloud cloud;
    private String spot;
    private String onDemand;

    @BeforeEach
    void twoVms() {
        cli = new CliHarness(dir);
        cloud = LocalCloud.open("local", dir.resolve(".provctl/local-cloud"), LocalCloudConfig.defaults(),
                new CatalogInstanceTypes(PriceSources.embedded()), cli.clock, Sleeper.system());
        spot = cloud.createNode(new NodeRequest("web-1", "local.small", "local-1", Map.of(), "",
                CapacityType.SPOT)).id();
        onDemand = cloud.createNode(new NodeRequest("db-1", "local.small", "local-1", Map.of(), "")).id();
    }

    @Test
    void interruptsASpotVmByNameWithTheDefaultTwoMinutes() {
        CliHarness.Result result = cli.run("local", "interrupt", "web-1");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("Interruption notice sent for " + spot
                + " (web-1): reclaimed at 2026-11-23T10:02:00Z\n");
        assertThat(result.err()).isEmpty();
        Instant now = cli.clock.instant();
        assertThat(cloud.interruptions()).containsExactly(
                new InterruptionNotice(spot, now, now.plusSeconds(120), "spot capacity reclaimed"));
    }

    @Test
    void interruptsByIdWithAGivenTime() {
        CliHarness.Result result = cli.run("local", "interrupt", spot, "--in", "30s");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).endsWith("reclaimed at 2026-11-23T10:00:30Z\n");
    }

    @Test
    void refusesAnOnDemandVmAndNamesAnUnknownOne() {
        CliHarness.Result onDemandResult = cli.run("local", "interrupt", "db-1");
        assertThat(onDemandResult.code()).isEqualTo(1);
        assertThat(onDemandResult.out()).isEmpty();
        assertThat(onDemandResult.err()).isEqualTo("Error: VM " + onDemand
                + " (db-1) is on-demand; only a spot VM can be interrupted\n");

        CliHarness.Result unknown = cli.run("local", "interrupt", "web-9");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Error: no VM with ID or name \"web-9\" in the local cloud: did you mean")
                .contains("web-1");

        assertThat(cloud.interruptions()).isEmpty();
    }

    @Test
    void helpDescribesTheCommandAndItsFlag() {
        CliHarness.Result help = cli.run("local", "interrupt", "--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: provctl local interrupt", "spot interruption notice", "--in=DURATION",
                "default: 2m");
    }
}
