package io.provctl.plan;

import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.testsupport.States;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.provctl.testsupport.Specs.cluster;
import static io.provctl.testsupport.Specs.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanJsonTest {

    private final Planner planner = new Planner(States.CLOCK);

    @Test
    void aSavedPlanReadsBackEqual() {
        ClusterSpec before = cluster("prod", pool("a", "local.small", 1, 3, 2), pool("gone", "local.small", 1, 1, 1));
        ClusterSpec after = cluster("prod", pool("a", "local.medium", 1, 3, 2), pool("new", "local.small", 0, 5, 0));
        Plan plan = planner.plan(DesiredState.of(List.of(after)), States.recorded(DesiredState.of(List.of(before))),
                List.of()).withActions(a -> a.withMonthlyCostDelta(new BigDecimal("12.345")));

        Plan read = PlanJson.read(PlanJson.write(plan), "plan.json");

        assertThat(read).isEqualTo(plan);
    }

    @Test
    void theJsonFollowsTheDocumentedSchema() throws Exception {
        Plan plan = planner.plan(DesiredState.of(List.of(cluster("x"))), States.recorded(DesiredState.empty()), List.of());

        var root = io.provctl.json.Json.read(PlanJson.write(plan));

        assertThat(root.path("format_version").asText()).isEqualTo("1");
        assertThat(root.path("summary").path("add").asInt()).isEqualTo(3);
        assertThat(root.path("resource_changes").get(0).path("address").asText()).isEqualTo("cluster.x.network");
        assertThat(root.path("resource_changes").get(0).path("action").asText()).isEqualTo("create");
        assertThat(root.path("resource_changes").get(0).path("before").isNull()).isTrue();
        assertThat(root.path("resource_changes").get(0).path("after").path("attributes").path("vpc_cidr").asText())
                .isEqualTo("10.0.0.0/16");
    }

    @Test
    void somethingElseIsRefusedWithTheFileNamed() {
        assertThatThrownBy(() -> PlanJson.read("{\"a\":1}", "main.hcl"))
                .isInstanceOf(PlanException.class).hasMessage("main.hcl: not a saved provctl plan of format 1");
        assertThatThrownBy(() -> PlanJson.read("cluster \"x\" {", "main.hcl"))
                .isInstanceOf(PlanException.class).hasMessageStartingWith("main.hcl: not a saved provctl plan (");
    }
}
