package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupSpec;
import io.provctl.operator.testsupport.OperatorHarness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NodeGroupValidationTest {

    @Test
    void aSoundSpecHasNoProblems() {
        assertThat(NodeGroupValidation.problems(OperatorHarness.group("web", 1, 3).getSpec())).isEmpty();
    }

    @Test
    void reportsMinAboveMaxDuplicateOfferingsAndAForeignPreferredType() {
        NodeGroupSpec spec = OperatorHarness.group("web", 5, 3).getSpec();
        spec.setOfferingIDs(List.of("local.small", "local.small"));
        spec.setPreferredInstanceType("local.large");

        assertThat(NodeGroupValidation.problems(spec)).containsExactly(
                "minNodes (5) must not exceed maxNodes (3)",
                "offeringIDs lists \"local.small\" more than once",
                "preferredInstanceType \"local.large\" is not one of offeringIDs");
    }
}
