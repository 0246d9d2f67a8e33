package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.provctl.autoscaler.testsupport.Fixtures.group;
import static io.provctl.autoscaler.testsupport.Fixtures.offering;
import static io.provctl.autoscaler.testsupport.Fixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpanderTest {

    /** An option of {@code nodes} nodes of {@code o} in group {@code g} scheduling {@code pods} pods of 1 CPU, 1 GiB. */
    private static ScaleUpOption option(String g, Offering o, int nodes, int pods) {
        List<PodInfo> list = IntStream.range(0, pods).mapToObj(i -> pending(g + "-" + o.name() + "-" + i, 1000, 1)).toList();
        Resources requested = new Resources(1000L * pods, (1L << 30) * pods, 0, pods);
        return new ScaleUpOption(group(g, 0, 100, 0, o), o, nodes, list, requested);
    }

    private final Offering cheap = offering("cheap", 2000, 4, "0.05");
    private final Offering big = offering("big", 8000, 32, "0.40");
    private final Offering snug = offering("snug", 4000, 4, "0.30");

    @Test
    void leastCostPicksTheLowestPricePerPodScheduled() {
        ScaleUpOption a = option("a", cheap, 1, 1);   // 0.05 per pod
        ScaleUpOption b = option("b", big, 1, 10);    // 0.04 per pod, although 0.40 in all

        assertThat(new Expander.LeastCost().choose(List.of(a, b))).isSameAs(b);
    }

    @Test
    void leastCostBreaksTiesOnMorePodsThenNames() {
        ScaleUpOption a = option("a", cheap, 1, 2);
        ScaleUpOption b = option("b", cheap, 2, 4);
        ScaleUpOption c = option("c", cheap, 2, 4);

        assertThat(new Expander.LeastCost().choose(List.of(c, a, b))).isSameAs(b);
    }

    @Test
    void leastWastePicksTheTightestFit() {
        ScaleUpOption roomy = option("a", big, 1, 4);   // 4 of 8 CPU, 4 of 32 GiB
        ScaleUpOption tight = option("b", snug, 1, 4);  // 4 of 4 CPU, 4 of 4 GiB, though dearer per pod

        assertThat(new Expander.LeastWaste().choose(List.of(roomy, tight))).isSameAs(tight);
        assertThat(tight.waste()).isZero();
        assertThat(roomy.waste()).isEqualTo((0.5 + 0.875) / 2);
    }

    @Test
    void mostPodsPicksTheOptionSchedulingMost() {
        ScaleUpOption few = option("a", cheap, 1, 2);
        ScaleUpOption many = option("b", big, 3, 20);

        assertThat(new Expander.MostPods().choose(List.of(few, many))).isSameAs(many);
    }

    @Test
    void priorityPrefersTheHighestMatchingRegexThenCost() {
        ScaleUpOption spot = option("spot-a", big, 1, 1);
        ScaleUpOption onDemand = option("on-demand", cheap, 1, 1);
        ScaleUpOption spot2 = option("spot-b", snug, 1, 1);
        Expander priority = Expander.Priority.of(Map.of(10, List.of("spot-.*"), 1, List.of(".*")));

        assertThat(priority.choose(List.of(onDemand, spot, spot2))).isSameAs(spot2);
        assertThat(Expander.Priority.of(Map.of(5, List.of("nothing"))).choose(List.of(spot, onDemand))).isSameAs(onDemand);
    }

    @Test
    void anOptionNoRegexMatchesComesAfterEveryMatchingOne() {
        ScaleUpOption matched = option("spot-a", big, 1, 1);
        ScaleUpOption unmatched = option("on-demand", cheap, 1, 1);

        assertThat(Expander.Priority.of(Map.of(-10, List.of("spot-.*"))).choose(List.of(unmatched, matched)))
                .isSameAs(matched);
        assertThat(Expander.Priority.of(Map.of(30, List.of("spot-.*"))).choose(List.of(unmatched, matched)))
                .isSameAs(matched);
    }

    @Test
    void priorityRegexesMayNameAnOfferingAsGroupSlashOffering() {
        ScaleUpOption webCheap = option("web", cheap, 1, 1);
        ScaleUpOption webBig = option("web", big, 1, 1);
        Expander priority = Expander.Priority.of(Map.of(10, List.of("[^/]+/big"), 1, List.of("web")));

        assertThat(priority.choose(List.of(webCheap, webBig))).isSameAs(webBig);
    }

    @Test
    void randomIsSeededAndIgnoresListOrder() {
        List<ScaleUpOption> options = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            options.add(option("g" + i, cheap, 1, 1 + i));
        }
        List<ScaleUpOption> reversed = new ArrayList<>(options);
        java.util.Collections.reverse(reversed);

        ScaleUpOption chosen = new Expander.RandomChoice(42).choose(options);

        assertThat(new Expander.RandomChoice(42).choose(reversed)).isSameAs(chosen);
        assertThat(IntStream.range(0, 50).mapToObj(seed -> new Expander.RandomChoice(seed).choose(options))
                .distinct().count()).isGreaterThan(3);
    }

    @Test
    void expandersAreNamed() {
        assertThat(Expander.named("least-cost")).isInstanceOf(Expander.LeastCost.class);
        assertThat(Expander.named("LEAST-WASTE")).isInstanceOf(Expander.LeastWaste.class);
        assertThat(Expander.named("most-pods").name()).isEqualTo("most-pods");
        assertThat(Expander.named("random")).isInstanceOf(Expander.RandomChoice.class);
        assertThatThrownBy(() -> Expander.named("cheapest")).hasMessageContaining("unknown expander \"cheapest\"");
        assertThatThrownBy(() -> Expander.named("priority")).hasMessageContaining("needs its priorities");
    }
}
