package io.provctl.cli;

import io.provctl.cloud.vpsie.FakeVpsieApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code provctl plan}, {@code apply} and {@code destroy} of examples/vpsie.hcl against a fake VPSie API. */
class VpsieCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private FakeVpsieApi api;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        api = FakeVpsieApi.start(cli.clock);
        cli.env.put("VPSIE_API_URL", api.url().toString());
        cli.env.put("VPSIE_CLIENT_ID", FakeVpsieApi.CLIENT_ID);
        cli.env.put("VPSIE_CLIENT_SECRET", FakeVpsieApi.CLIENT_SECRET);
        cli.example("vpsie.hcl");
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    @Test
    void planShowsTheClusterAndMakesNothing() {
        CliHarness.Result plan = cli.run("plan", "vpsie.hcl");

        assertThat(plan.code()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("  + cluster.edge.pool.apps\n",
                "      + instance_type = \"Standard 4 vCPU / 8 GB\"\n", "Plan: 5 to add, 0 to change, 0 to destroy.\n");
        assertThat(api.count("POST /vm")).isZero();
    }

    @Test
    void applyMakesTaggedVmsAndAPlanAfterwardsHasNoChanges() {
        CliHarness.Result apply = cli.run("apply", "--auto-approve", "vpsie.hcl");

        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(apply.out()).endsWith("Apply complete! Resources: 5 added, 0 changed, 0 destroyed.\n");
        assertThat(hostnames()).containsExactlyInAnyOrder("edge-cp-0", "edge-system-0", "edge-apps-0", "edge-apps-1");
        assertThat(api.vms()).filteredOn(vm -> vm.get("hostname").asText().startsWith("edge-apps-"))
                .extracting(vm -> vm.get("boxsize_id").asText()).containsOnly("ofr-4c8g");
        assertThat(apply.out() + apply.err()).doesNotContain(FakeVpsieApi.CLIENT_SECRET);
        assertThat(cli.run("state", "show", "cluster.edge.pool.apps").out()).contains("vms:cluster.edge.pool.apps");

        CliHarness.Result again = cli.run("plan", "vpsie.hcl");
        assertThat(again.out()).isEqualTo("No changes. Your infrastructure matches the configuration.\n");
    }

    @Test
    void applyRidesOutTransientFailuresAndDestroyRemovesTheVms() {
        api.fail("GET /vm", 2, 503);
        api.fail("POST /vm", 1, 429, "{\"message\":\"Too Many Attempts.\"}", java.util.Map.of("Retry-After", "2"));

        assertThat(cli.run("apply", "--auto-approve", "vpsie.hcl").code()).isZero();
        assertThat(api.vms()).hasSize(4);

        CliHarness.Result destroy = cli.run("destroy", "--auto-approve", "vpsie.hcl");

        assertThat(destroy.code()).as(destroy.toString()).isZero();
        assertThat(api.vms()).isEmpty();
    }

    @Test
    void withoutCredentialsSaysWhatToSet() {
        cli.env.remove("VPSIE_CLIENT_SECRET");

        CliHarness.Result apply = cli.run("apply", "--auto-approve", "vpsie.hcl");

        assertThat(apply.code()).isNotZero();
        assertThat(apply.err()).contains("provider \"vpsie\" needs credentials: set VPSIE_TOKEN, or VPSIE_CLIENT_ID"
                + " and VPSIE_CLIENT_SECRET");
    }

    private List<String> hostnames() {
        return api.vms().stream().map(vm -> vm.get("hostname").asText()).toList();
    }
}
