package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudConfig;
import io.provctl.cost.pricing.CatalogInstanceTypes;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.json.Json;
import io.provctl.provider.CapacityType;
import io.provctl.provider.NodeRequest;
import io.provctl.time.Sleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code provctl local list} shows the operator's single VMs with their capacity type. */
class LocalListVmsCliTest {

    @TempDir
    Path dir;

    @Test
    void listsSpotAndOnDemandVms() throws Exception {
        CliHarness cli = new CliHarness(dir);
        LocalCloud cloud = LocalCloud.open("local", dir.resolve(".provctl/local-cloud"), LocalCloudConfig.defaults(),
                new CatalogInstanceTypes(PriceSources.embedded()), cli.clock, Sleeper.system());
        String spot = cloud.createNode(new NodeRequest("web-1", "local.small", "local-1", Map.of(), "",
                CapacityType.SPOT)).id();
        cloud.createNode(new NodeRequest("web-2", "local.small", "local-1", Map.of(), ""));

        CliHarness.Result table = cli.run("local", "list");

        assertThat(table.code()).as(table.toString()).isZero();
        assertThat(table.out().lines().filter(l -> l.startsWith(spot + " ")))
                .singleElement().satisfies(l -> assertThat(l.split(" +")).startsWith(spot, "-", "vm", "local", "running"))
                .asString().contains("web-1: local.small, spot");
        assertThat(table.out()).contains("web-2: local.small, on-demand");
        JsonNode json = Json.read(cli.run("local", "list", "-o", "json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("kind").asText()).isEqualTo("vm");
        assertThat(json.get(0).get("name").asText()).isEqualTo("web-1");
        assertThat(json.get(0).get("capacity").asText()).isEqualTo("spot");
        assertThat(json.get(1).get("capacity").asText()).isEqualTo("on-demand");
    }
}
