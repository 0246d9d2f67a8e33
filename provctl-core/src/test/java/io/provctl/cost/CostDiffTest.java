package io.provctl.cost;

import io.provctl.cost.diff.CostDiff;
import io.provctl.cost.diff.CostDiffer;
import io.provctl.cost.diff.RecordedClusters;
import io.provctl.cost.diff.ResourceDelta;
import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static io.provctl.testsupport.CostFixtures.managed;
import static io.provctl.testsupport.CostFixtures.pool;
import static io.provctl.testsupport.CostFixtures.spotPool;
import static org.assertj.core.api.Assertions.assertThat;

class CostDiffTest {

    private final CostEstimator estimator = new CostEstimator(PriceSources.embedded(), BillingPolicies.standard(),
            EstimateOptions.strictDefaults().withRootVolumeGb(0));

    private static ClusterSpec before() {
        return managed("c", "aws", "us-east-1", List.of("a", "b"), true, Map.of(),
                pool("web", "m5.large", 2, 6, 3), pool("old", "c5.large", 1, 2, 1));
    }

    private static ClusterSpec after() {
        return managed("c", "aws", "us-east-1", List.of("a", "b"), true, Map.of(),
                pool("web", "m5.large", 2, 6, 5), spotPool("batch", "c5.xlarge", 0, 4, 2));
    }

    @Test
    void diffShowsBeforeAfterAndDeltaPerResourceAndTheMonthlyTotal() {
        CostDiff d = CostDiffer.diff(estimator.estimate(List.of(before())), estimator.estimate(List.of(after())));
        ResourceDelta web = d.resources().stream().filter(r -> r.id().equals(ResourceId.pool("c", "web")))
                .findFirst().orElseThrow();
        assertThat(web.before()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("210.24"));
        assertThat(web.after()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("350.4"));
        assertThat(web.delta()).isEqualByComparingTo("140.16");
        assertThat(d.deltas()).containsOnlyKeys(ResourceId.pool("c", "web"), ResourceId.pool("c", "old"),
                ResourceId.pool("c", "batch"));
        assertThat(d.deltaOf(ResourceId.pool("c", "old"))).isEqualByComparingTo("-62.05");
        // batch: 2 spot c5.xlarge at the assumed 30 %: 2 x 0.17 x 0.3 x 730 = 74.46
        assertThat(d.deltaOf(ResourceId.pool("c", "batch"))).isEqualByComparingTo("74.46");
        assertThat(d.monthlyDelta()).isEqualByComparingTo("152.57");
        assertThat(d.deltaOf(ResourceId.network("c"))).isZero();
    }

    @Test
    void recordedStateIsEstimatedLikeTheConfigurationItCameFrom() {
        StateView state = stateOf(before());
        List<ClusterSpec> recorded = RecordedClusters.fromState(state);
        CostEstimate fromState = estimator.estimate(recorded);
        CostEstimate fromConfig = estimator.estimate(List.of(before()));
        assertThat(fromState.monthlyByResource()).isEqualTo(fromConfig.monthlyByResource());
        CostDiff d = CostDiffer.againstState(estimator, state, List.of(after()));
        assertThat(d.monthlyDelta()).isEqualByComparingTo("152.57");
        assertThat(CostDiffer.againstState(estimator, StateView.empty("l"), List.of(before())).monthlyDelta())
                .isEqualByComparingTo(fromConfig.monthly());
    }

    /** The state an apply of {@code cluster} records: each desired resource with its attributes. */
    static StateView stateOf(ClusterSpec cluster) {
        SortedMap<ResourceId, RecordedResource> resources = new TreeMap<>();
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        for (Resource r : DesiredState.of(List.of(cluster)).resources().values()) {
            resources.put(r.id(), new RecordedResource(r.id(), "id-" + r.id(), r.provider(), r.region(),
                    r.attributes(), t, t));
        }
        return new StateView("lineage", 1, 1, resources, new TreeMap<>());
    }
}
