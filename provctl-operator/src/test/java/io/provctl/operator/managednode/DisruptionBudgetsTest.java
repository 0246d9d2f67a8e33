package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DisruptionBudgetsTest {

    static Pod pod(String name, boolean ready) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default")
                .withLabels(Map.of("app", "web")).endMetadata()
                .withNewSpec().withNodeName("n1").endSpec()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready")
                .withStatus(ready ? "True" : "False").endCondition().endStatus().build();
    }

    static PodDisruptionBudget minAvailable(IntOrString value) {
        return new PodDisruptionBudgetBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().withMinAvailable(value).withNewSelector().withMatchLabels(Map.of("app", "web"))
                .endSelector().endSpec().build();
    }

    @Test
    void evictsOnlyAsManyAsTheBudgetAllows() {
        List<Pod> all = List.of(pod("a", true), pod("b", true), pod("c", true));

        DisruptionBudgets.Verdict v = DisruptionBudgets.check(all.subList(0, 2), all,
                List.of(minAvailable(new IntOrString(2))));

        assertThat(v.evict()).extracting(p -> p.getMetadata().getName()).containsExactly("a");
        assertThat(v.blocked()).hasSize(1).containsValue("PodDisruptionBudget web allows no more disruptions");
    }

    @Test
    void unhealthyPodsUseUpTheBudgetAndPercentagesRoundUp() {
        List<Pod> all = List.of(pod("a", true), pod("b", false));

        assertThat(DisruptionBudgets.allowed(minAvailable(new IntOrString("50%")), all)).isZero();
        assertThat(DisruptionBudgets.check(List.of(pod("x", true)), all, List.of()).evict()).hasSize(1);
    }
}
