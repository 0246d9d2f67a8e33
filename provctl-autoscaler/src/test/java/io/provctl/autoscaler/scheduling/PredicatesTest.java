package io.provctl.autoscaler.scheduling;

import io.provctl.autoscaler.model.AntiAffinityTerm;
import io.provctl.autoscaler.model.LabelSelector;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Operator;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Requirement;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.autoscaler.model.Toleration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.provctl.autoscaler.testsupport.Fixtures.GI;
import static io.provctl.autoscaler.testsupport.Fixtures.node;
import static io.provctl.autoscaler.testsupport.Fixtures.pod;
import static io.provctl.autoscaler.testsupport.Fixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

class PredicatesTest {

    private static NodeInfo labelled(Map<String, String> labels) {
        return NodeInfo.ready("n1", new Resources(4000, 16 * GI, 100 * GI, 110), labels);
    }

    @Nested
    class ResourcesPredicate {

        @Test
        void aPodFitsWhatIsLeftAndNoMore() {
            NodeState n = new NodeState(node("n1", "g", 2000, 8), List.of(running("a", "n1", 1500, 2)));

            assertThat(Predicates.check(pod("fits", 500, 6).build(), n)).isEmpty();
            assertThat(Predicates.check(pod("cpu", 501, 1).build(), n)).get().extracting(Refusal::message)
                    .isEqualTo("insufficient cpu: needs 501m, 500m free of 2");
            assertThat(Predicates.check(pod("mem", 100, 7).build(), n)).get().extracting(Refusal::message)
                    .isEqualTo("insufficient memory: needs 7Gi, 6Gi free of 8Gi");
        }

        @Test
        void initContainersCountAtTheirLargest() {
            NodeState n = new NodeState(node("n1", "g", 2000, 8));
            PodInfo withInit = pod("p", 500, 1).initContainer(Resources.of(2000, GI)).build();
            PodInfo tooBigInit = pod("q", 500, 1).initContainer(Resources.of(2001, GI)).build();

            assertThat(Predicates.check(withInit, n)).isEmpty();
            assertThat(Predicates.check(tooBigInit, n)).get().extracting(Refusal::reason)
                    .isEqualTo(RefusalReason.INSUFFICIENT_RESOURCES);
        }

        @Test
        void ephemeralStorageAndPodCountAreResourcesToo() {
            NodeInfo small = NodeInfo.ready("n1", new Resources(4000, 8 * GI, 10 * GI, 1), Map.of());
            PodInfo disk = pod("d", 10, 1).container(new Resources(0, 0, 11 * GI, 0)).build();

            assertThat(Predicates.check(disk, new NodeState(small))).get().extracting(Refusal::message)
                    .isEqualTo("insufficient ephemeral-storage: needs 11Gi, 10Gi free of 10Gi");
            NodeState full = new NodeState(small, List.of(running("a", "n1", 10, 1)));
            assertThat(Predicates.check(pod("b", 10, 1).build(), full)).get().extracting(Refusal::reason)
                    .isEqualTo(RefusalReason.TOO_MANY_PODS);
        }
    }

    @Test
    void nodeSelectorNeedsEveryLabel() {
        NodeInfo n = labelled(Map.of("disk", "ssd", "zone", "a"));

        assertThat(Predicates.nodeSelector(pod("p", 1, 1).nodeSelector("disk", "ssd").build(), n.labels())).isEmpty();
        assertThat(Predicates.nodeSelector(pod("p", 1, 1).nodeSelector("disk", "ssd").nodeSelector("zone", "b").build(),
                n.labels())).get().extracting(Refusal::message).isEqualTo("node selector zone=b does not match");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zone|In|a,b|true", "zone|In|c|false", "zone|NotIn|c|true", "zone|NotIn|a|false",
            "missing|NotIn|a|true", "zone|Exists||true", "missing|Exists||false", "missing|DoesNotExist||true",
            "zone|DoesNotExist||false", "cores|Gt|4|true", "cores|Gt|8|false", "cores|Lt|9|true", "cores|Lt|8|false",
            "zone|Gt|1|false", "missing|Lt|1|false"})
    void requiredNodeAffinityOperators(String key, String op, String values, boolean fits) {
        NodeInfo n = labelled(Map.of("zone", "a", "cores", "8"));
        List<String> v = values == null ? List.of() : List.of(values.split(","));
        PodInfo p = pod("p", 1, 1).affinityTerm(new Requirement(key, Operator.parse(op), v)).build();

        Optional<Refusal> r = Predicates.nodeAffinity(p, n.labels());

        assertThat(r.isEmpty()).isEqualTo(fits);
        r.ifPresent(x -> assertThat(x.reason()).isEqualTo(RefusalReason.NODE_AFFINITY));
    }

    @Test
    void affinityTermsAreOredAndRequirementsAnded() {
        NodeInfo n = labelled(Map.of("zone", "a", "disk", "hdd"));
        PodInfo p = pod("p", 1, 1)
                .affinityTerm(new Requirement("zone", Operator.IN, List.of("a")), new Requirement("disk", Operator.IN, List.of("ssd")))
                .affinityTerm(new Requirement("zone", Operator.IN, List.of("b")))
                .build();
        PodInfo q = pod("q", 1, 1)
                .affinityTerm(new Requirement("zone", Operator.IN, List.of("b")))
                .affinityTerm(new Requirement("disk", Operator.EXISTS, List.of()))
                .build();

        assertThat(Predicates.nodeAffinity(p, n.labels())).get().extracting(Refusal::message)
                .isEqualTo("required node affinity does not match: zone In a and disk In ssd or zone In b");
        assertThat(Predicates.nodeAffinity(q, n.labels())).isEmpty();
    }

    @Nested
    class TaintsPredicate {
        private final List<Taint> gpu = List.of(new Taint("gpu", "true", TaintEffect.NO_SCHEDULE));

        @Test
        void noScheduleAndNoExecuteNeedAToleration() {
            assertThat(Predicates.taints(pod("p", 1, 1).build(), gpu)).get().extracting(Refusal::message)
                    .isEqualTo("untolerated taint gpu=true:NoSchedule");
            assertThat(Predicates.taints(pod("p", 1, 1).build(), List.of(new Taint("x", "", TaintEffect.NO_EXECUTE))))
                    .isPresent();
        }

        @Test
        void preferNoScheduleIsIgnored() {
            assertThat(Predicates.taints(pod("p", 1, 1).build(),
                    List.of(new Taint("spot", "true", TaintEffect.PREFER_NO_SCHEDULE)))).isEmpty();
        }

        @Test
        void tolerationsMatchByKeyValueAndEffect() {
            assertThat(Predicates.taints(pod("p", 1, 1).toleration(Toleration.equal("gpu", "true", TaintEffect.NO_SCHEDULE)).build(), gpu)).isEmpty();
            assertThat(Predicates.taints(pod("p", 1, 1).toleration(Toleration.equal("gpu", "false", TaintEffect.NO_SCHEDULE)).build(), gpu)).isPresent();
            assertThat(Predicates.taints(pod("p", 1, 1).toleration(Toleration.equal("gpu", "true", TaintEffect.NO_EXECUTE)).build(), gpu)).isPresent();
            assertThat(Predicates.taints(pod("p", 1, 1).toleration(Toleration.exists("gpu")).build(), gpu)).isEmpty();
            assertThat(Predicates.taints(pod("p", 1, 1).toleration(Toleration.exists("")).build(), gpu)).isEmpty();
            assertThat(Predicates.taints(pod("p", 1, 1).toleration(
                    new Toleration("gpu", false, "true", Optional.empty())).build(), gpu)).isEmpty();
        }
    }

    @Nested
    class AntiAffinityPredicate {
        private final AntiAffinityTerm awayFromWeb = AntiAffinityTerm.sameNamespace(LabelSelector.of(Map.of("app", "web")));

        @Test
        void aPodAvoidsNodesWithMatchingPods() {
            List<PodInfo> onNode = List.of(pod("web-1", 1, 1).label("app", "web").nodeName("n1").build());
            PodInfo web2 = pod("web-2", 1, 1).label("app", "web").antiAffinity(awayFromWeb).build();

            assertThat(Predicates.antiAffinity(web2, onNode)).get().extracting(Refusal::message)
                    .isEqualTo("pod anti-affinity with default/web-1 on the node");
            assertThat(Predicates.antiAffinity(web2, List.of(running("db", "n1", 1, 1)))).isEmpty();
        }

        @Test
        void existingPodsAntiAffinityIsHonouredToo() {
            List<PodInfo> onNode = List.of(pod("web-1", 1, 1).label("app", "web").antiAffinity(awayFromWeb).nodeName("n1").build());

            assertThat(Predicates.antiAffinity(pod("web-2", 1, 1).label("app", "web").build(), onNode)).isPresent();
        }

        @Test
        void otherNamespacesAreOutOfScopeUnlessNamed() {
            PodInfo other = PodInfo.builder("shop", "web-9").label("app", "web").nodeName("n1").build();
            PodInfo sameNs = pod("web-2", 1, 1).antiAffinity(awayFromWeb).build();
            PodInfo named = pod("web-3", 1, 1).antiAffinity(new AntiAffinityTerm(awayFromWeb.selector(), Set.of("shop"))).build();

            assertThat(Predicates.antiAffinity(sameNs, List.of(other))).isEmpty();
            assertThat(Predicates.antiAffinity(named, List.of(other))).isPresent();
        }
    }

    @Test
    void aCordonedNodeTakesNothing() {
        NodeState n = new NodeState(node("n1", "g", 4000, 8).cordoned());

        assertThat(Predicates.check(pod("p", 1, 1).build(), n)).get().extracting(Refusal::reason)
                .isEqualTo(RefusalReason.CORDONED);
    }
}
