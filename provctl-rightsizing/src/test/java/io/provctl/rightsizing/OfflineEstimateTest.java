package io.provctl.rightsizing;

import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.WorkloadUsage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineEstimateTest {

    private final Recommender recommender = Recommender.withVpaDefaults();

    @Test
    void estimatesEveryContainerNameFromUsageAlone() {
        WorkloadUsage usage = Usages.create()
                .constant("web-1", "app", Duration.ofDays(7), 100, Resources.GIB)
                .constant("web-2", "app", Duration.ofDays(7), 100, Resources.GIB)
                .constant("web-1", "proxy", Duration.ofDays(7), 10, 64 * Resources.MIB)
                .build();

        List<ContainerEstimate> estimates = recommender.estimate(usage);

        assertThat(estimates).extracting(ContainerEstimate::container).containsExactly("app", "proxy");
        ContainerEstimate app = estimates.get(0);
        // 100 m plus 15 %, read at the end of its ~5 % bucket
        assertThat(app.target().cpuMillicores()).isBetween(115L, 133L);
        assertThat(app.target().memoryBytes()).isBetween(Resources.GIB, 2 * Resources.GIB);
        assertThat(app.lowerBound().cpuMillicores()).isLessThanOrEqualTo(app.target().cpuMillicores());
        assertThat(app.upperBound().cpuMillicores()).isGreaterThan(app.target().cpuMillicores());
        assertThat(app.confidence().score()).isBetween(0.87, 0.88);
    }

    @Test
    void podMinimumsAreSplitOverTheContainersOfAPod() {
        WorkloadUsage usage = Usages.create()
                .constant("web-1", "app", Duration.ofDays(1), 1, Resources.MIB)
                .constant("web-1", "proxy", Duration.ofDays(1), 1, Resources.MIB)
                .build();

        List<ContainerEstimate> estimates = recommender.estimate(usage);

        // 25 m and 250 MiB per pod, two containers: 13 m and 125 MiB each.
        assertThat(estimates).allSatisfy(e -> {
            assertThat(e.target().cpuMillicores()).isEqualTo(13);
            assertThat(e.target().memoryBytes()).isEqualTo(125 * Resources.MIB);
        });
    }

    @Test
    void anOomKillBumpsMemoryFromThePeakSeen() {
        WorkloadUsage usage = Usages.create()
                .constant("web-1", "app", Duration.ofDays(3), 100, Resources.GIB)
                .oom("web-1", "app", Usages.NOW.minus(Duration.ofHours(1)))
                .build();

        ContainerEstimate app = recommender.estimate(usage).get(0);

        assertThat(app.oomKills()).isEqualTo(1);
        assertThat(app.upperBound().memoryBytes()).isGreaterThanOrEqualTo((long) (Resources.GIB * 1.2 * 1.15));
    }

    @Test
    void theOrderOfTheSamplesDoesNotChangeTheEstimate() {
        WorkloadUsage ordered = Usages.create()
                .constant("web-1", "app", Duration.ofDays(3), 100, Resources.GIB)
                .constant("web-2", "app", Duration.ofDays(3), 300, 3 * Resources.GIB)
                .build();
        List<MemorySample> memory = new ArrayList<>(ordered.memory());
        List<CpuSample> cpu = new ArrayList<>(ordered.cpu());
        Collections.shuffle(memory, new Random(7));
        Collections.shuffle(cpu, new Random(7));
        WorkloadUsage shuffled = new WorkloadUsage(ordered.query(), cpu, memory, ordered.oomKills());

        ContainerEstimate expected = recommender.estimate(ordered).get(0);
        ContainerEstimate actual = recommender.estimate(shuffled).get(0);

        // Memory is sized for web-2's 3 GiB peaks, whichever order they arrive in.
        assertThat(expected.target().memoryBytes()).isGreaterThan(3 * Resources.GIB);
        assertThat(actual.target()).isEqualTo(expected.target());
        assertThat(actual.upperBound()).isEqualTo(expected.upperBound());
        assertThat(actual.confidence()).isEqualTo(expected.confidence());
    }
}
