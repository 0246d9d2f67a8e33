package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadUsage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

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
}
