package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LocalCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void applyQuickstart() {
        cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
        assertThat(cli.run("apply", "--auto-approve", "quickstart.hcl").code()).isZero();
    }

    private JsonNode find(String address) throws Exception {
        for (JsonNode r : Json.read(cli.run("local", "list", "-o", "json").out())) {
            if (address.equals(r.path("address").asText())) {
                return r;
            }
        }
        throw new AssertionError("no " + address);
    }

    @Test
    void listShowsWhatTheCloudHolds() {
        CliHarness.Result list = cli.run("local", "list");

        assertThat(list.out()).startsWith("ID").contains("ADDRESS", "cluster.quickstart.pool.apps", "1 x local.medium",
                "v1.30", "10.42.0.0/16");
    }

    @Test
    void scaleTagSetVersionAndDeleteChangeTheCloudButNotTheState() throws Exception {
        assertThat(cli.run("local", "scale", "cluster.quickstart.pool.system", "4").out())
                .startsWith("Scaled to 4: ng-");
        assertThat(cli.run("local", "tag", "cluster.quickstart", "owner=mallory").code()).isZero();
        assertThat(cli.run("local", "set-version", "cluster.quickstart", "1.31").code()).isZero();
        String appsId = find("cluster.quickstart.pool.apps").path("id").asText();
        assertThat(cli.run("local", "delete", appsId).out()).isEqualTo("Deleted " + appsId + " (cluster.quickstart.pool.apps)\n");

        assertThat(find("cluster.quickstart.pool.system").path("nodes").asInt()).isEqualTo(4);
        assertThat(find("cluster.quickstart").path("tags").path("owner").asText()).isEqualTo("mallory");
        assertThat(find("cluster.quickstart.control_plane").path("attributes").path("version").asText()).isEqualTo("1.31");
        assertThat(cli.run("state", "show", "cluster.quickstart.pool.system").out()).contains("desired_size = 2");
        assertThat(cli.run("state", "list").out()).contains("cluster.quickstart.pool.apps");
    }

    @Test
    void unknownResourcesAndBadArgumentsAreClearErrors() {
        CliHarness.Result unknown = cli.run("local", "scale", "cluster.quickstart.pool.sytem", "2");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Error: ").contains("cluster.quickstart.pool.system");

        CliHarness.Result badTag = cli.run("local", "tag", "cluster.quickstart", "owner");
        assertThat(badTag.err()).isEqualTo("Error: tag 'owner': expected KEY=VALUE\n");

        CliHarness.Result negative = cli.run("local", "scale", "cluster.quickstart.pool.system", "-1");
        assertThat(negative.code()).isEqualTo(1);
    }
}
