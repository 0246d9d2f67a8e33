package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeSpec;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.rightsizing.pricing.NodeFacts;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NodeFactsMapperTest {

    @Test
    void cloudLabelsAndTheProviderIdSchemeDescribeACloudNode() {
        Node node = new NodeBuilder().withNewMetadata().withName("gke-1")
                .withLabels(Map.of("beta.kubernetes.io/instance-type", "e2-standard-4",
                        "failure-domain.beta.kubernetes.io/region", "us-central1"))
                .endMetadata().withNewSpec().withProviderID("gce://shop/us-central1-a/gke-1").endSpec().build();

        assertThat(NodeFactsMapper.facts(node, Optional.empty(), Optional.empty())).isEqualTo(new NodeFacts("gke-1",
                Optional.of("e2-standard-4"), Optional.of("us-central1"), Optional.of("gcp")));
    }

    @Test
    void aProvctlNodeTakesItsTypeFromItsManagedNodeAndProviderAndRegionFromItsGroup() {
        ManagedNode managed = new ManagedNode();
        ManagedNodeSpec spec = new ManagedNodeSpec();
        spec.setInstanceType("local.medium");
        managed.setSpec(spec);
        Node node = new NodeBuilder().withNewMetadata().withName("web-1").endMetadata().build();

        assertThat(NodeFactsMapper.facts(node, Optional.of(managed), Optional.of(OperatorHarness.group("web", 1, 2))))
                .isEqualTo(new NodeFacts("web-1", Optional.of("local.medium"), Optional.of("local-1"),
                        Optional.of("local")));
    }

    @Test
    void aBareNodeIsKnownByNameOnly() {
        Node node = new NodeBuilder().withNewMetadata().withName("kind-worker").endMetadata()
                .withNewSpec().withProviderID("kind://docker/kind/kind-worker").endSpec().build();

        assertThat(NodeFactsMapper.facts(node, Optional.empty(), Optional.empty())).isEqualTo(new NodeFacts(
                "kind-worker", Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
