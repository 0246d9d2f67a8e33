package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.autoscaler.model.Toleration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SpotToleranceTest {

    private static final Taint SPOT = new Taint("node.provctl.io/capacity-type", "spot", TaintEffect.NO_SCHEDULE);

    private static final Map<String, PodInfo> PODS = Stream.of(
            pod("equal", Toleration.equal("node.provctl.io/capacity-type", "spot", TaintEffect.NO_SCHEDULE)),
            pod("exists", Toleration.exists("node.provctl.io/capacity-type")),
            pod("everything", new Toleration("", true, "", Optional.empty())),
            pod("other", Toleration.equal("dedicated", "web", TaintEffect.NO_SCHEDULE)),
            pod("wrong-value", Toleration.equal("node.provctl.io/capacity-type", "on-demand", TaintEffect.NO_SCHEDULE)),
            pod("wrong-effect", Toleration.equal("node.provctl.io/capacity-type", "spot", TaintEffect.NO_EXECUTE)),
            PodInfo.builder("default", "bare").unschedulable().build())
            .collect(Collectors.toMap(PodInfo::key, Function.identity()));

    @Test
    void podsTolerateSpotByTheSchedulersTaintMatching() {
        assertThat(SpotTolerance.allTolerate(List.of("default/equal", "default/exists", "default/everything"), PODS,
                SPOT)).isTrue();
        for (String pod : List.of("default/other", "default/wrong-value", "default/wrong-effect", "default/bare")) {
            assertThat(SpotTolerance.allTolerate(List.of(pod), PODS, SPOT)).as(pod).isFalse();
        }
    }

    @Test
    void oneIntolerantOrUnknownPodMakesTheWholeEntryOnDemand() {
        assertThat(SpotTolerance.allTolerate(List.of("default/equal", "default/bare"), PODS, SPOT)).isFalse();
        assertThat(SpotTolerance.allTolerate(List.of("default/equal", "default/gone"), PODS, SPOT)).isFalse();
        assertThat(SpotTolerance.allTolerate(List.of(), PODS, SPOT)).as("no pods to protect").isTrue();
    }

    @Test
    void aPreferNoScheduleTaintNeedsNoToleration() {
        Taint soft = new Taint(SPOT.key(), SPOT.value(), TaintEffect.PREFER_NO_SCHEDULE);

        assertThat(SpotTolerance.allTolerate(List.of("default/bare"), PODS, soft)).isTrue();
    }

    private static PodInfo pod(String name, Toleration toleration) {
        return PodInfo.builder("default", name).toleration(toleration).unschedulable().build();
    }
}
