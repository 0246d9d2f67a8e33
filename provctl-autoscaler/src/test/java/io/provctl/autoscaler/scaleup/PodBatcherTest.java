package io.provctl.autoscaler.scaleup;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static io.provctl.autoscaler.testsupport.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class PodBatcherTest {

    private final PodBatcher batcher = PodBatcher.DEFAULT;

    @Test
    void nothingPendingOpensNoBatch() {
        assertThat(batcher.observe(Optional.empty(), Set.of(), NOW)).isEmpty();
    }

    @Test
    void aBatchIsDueAfterTenQuietSeconds() {
        PodBatcher.Batch b = batcher.observe(Optional.empty(), Set.of("a"), NOW).orElseThrow();

        assertThat(batcher.isDue(b, NOW.plusSeconds(9))).isFalse();
        assertThat(batcher.isDue(b, NOW.plusSeconds(10))).isTrue();
    }

    @Test
    void newPodsExtendTheWindowButNeverPastThirtySeconds() {
        Optional<PodBatcher.Batch> b = batcher.observe(Optional.empty(), Set.of("a"), NOW);
        for (int s = 8; s <= 32; s += 8) {
            b = batcher.observe(b, Set.of("p" + s), NOW.plusSeconds(s));
        }

        assertThat(b.orElseThrow().pods()).hasSize(5);
        assertThat(batcher.dueAt(b.get())).isEqualTo(NOW.plusSeconds(30));
        assertThat(batcher.isDue(b.get(), NOW.plusSeconds(29))).isFalse();
    }

    @Test
    void podsAlreadyBatchedDoNotExtendIt() {
        Optional<PodBatcher.Batch> b = batcher.observe(Optional.empty(), Set.of("a", "b"), NOW);
        b = batcher.observe(b, Set.of("a"), NOW.plusSeconds(5));

        assertThat(batcher.dueAt(b.orElseThrow())).isEqualTo(NOW.plusSeconds(10));
    }
}
