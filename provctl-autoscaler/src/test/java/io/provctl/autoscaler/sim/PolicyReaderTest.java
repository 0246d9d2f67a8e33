package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.cost.pricing.PriceSources;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyReaderTest {

    private final PolicyReader reader = new PolicyReader(PriceSources.embedded());

    @Test
    void readsNodeGroupsWithTheOperatorSchemaAndTheSimulationSettings() {
        SimPolicy p = reader.read("p.yaml", """
                apiVersion: autoscaling.provctl.io/v1alpha1
                kind: NodeGroup
                metadata: {name: general}
                spec:
                  minNodes: 2
                  maxNodes: 9
                  offeringIDs: [t3.large]
                  labels: {tier: web}
                  taints: [{key: dedicated, value: web, effect: NoSchedule}]
                  scaleUpPolicy: {stabilizationWindowSeconds: 30}
                  scaleDownPolicy: {cpuThreshold: 40, stabilizationWindowSeconds: 300}
                ---
                kind: SimulationPolicy
                metadata: {name: tuned}
                spec:
                  expander: most-pods
                  batching: {idleSeconds: 5, maxSeconds: 20}
                  scanIntervalSeconds: 15
                  provisioningDelaySeconds: {default: 45, t3.large: 75}
                  removalDelaySeconds: 12
                  scaleDownDelayAfterScaleUpSeconds: 120
                  maxClusterNodes: 50
                """, "fallback");

        assertThat(p.name()).isEqualTo("tuned");
        var g = p.groups().get(0);
        assertThat(g.minNodes()).isEqualTo(2);
        assertThat(g.maxNodes()).isEqualTo(9);
        assertThat(g.offerings().get(0).pricePerHour()).isEqualByComparingTo("0.0832");
        assertThat(g.offerings().get(0).capacity().cpuMillis()).isEqualTo(2000);
        assertThat(g.labels()).containsEntry("tier", "web");
        assertThat(g.taints()).hasSize(1);
        assertThat(g.scaleUpPolicy().cooldown()).isEqualTo(Duration.ofSeconds(30));
        assertThat(g.scaleDownPolicy().cpuThreshold()).isEqualByComparingTo(new BigDecimal("0.4"));
        assertThat(p.scaleUp().expander()).isEqualTo(new Expander.MostPods());
        assertThat(p.scaleUp().maxClusterNodes()).isEqualTo(50);
        assertThat(p.batcher().idle()).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.batcher().max()).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.scanInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(p.provisioningDelay("t3.large")).isEqualTo(Duration.ofSeconds(75));
        assertThat(p.provisioningDelay("other")).isEqualTo(Duration.ofSeconds(45));
        assertThat(p.removalDelay()).isEqualTo(Duration.ofSeconds(12));
        assertThat(p.scaleDown().delayAfterScaleUp()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void withoutSimulationPolicyTheOperatorDefaultsApplyAndTheFileNamesThePolicy() {
        SimPolicy p = reader.read("p.yaml", SimFixtures.ONE_GROUP, "from-file");

        assertThat(p.name()).isEqualTo("from-file");
        assertThat(p.scaleUp().expander()).isEqualTo(new Expander.LeastCost());
        assertThat(p.provisioningDelay("small")).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.batcher()).isEqualTo(io.provctl.autoscaler.scaleup.PodBatcher.DEFAULT);
    }

    @Test
    void errorsNameTheFile() {
        assertThatThrownBy(() -> reader.read("p.yaml", "kind: SimulationPolicy\n", "p"))
                .hasMessage("p.yaml: no NodeGroup object (kind: NodeGroup)");
        assertThatThrownBy(() -> reader.read("p.yaml", "kind: NodeGroup\nmetadata: {name: g}\nspec: {maxNodes: 1, offeringIDs: [nope.large]}\n", "p"))
                .hasMessageStartingWith("p.yaml: offering nope.large is not in the price catalog");
        assertThatThrownBy(() -> reader.read("p.yaml", SimFixtures.ONE_GROUP + "---\nkind: SimulationPolicy\nspec: {removalDelaySeconds: soon}\n", "p"))
                .hasMessage("p.yaml: removalDelaySeconds must be a number of seconds, 0 or more, got \"soon\"");
    }
}
