package io.provctl.operator.provider;

import io.provctl.operator.testsupport.FaultyProvider;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CircuitBreakerTest {

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private final List<Integer> gauge = new ArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock, gauge::add);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresOnly() {
        breaker.failure();
        breaker.failure();
        breaker.success();
        breaker.failure();
        breaker.failure();
        assertThat(breaker.state()).isEqualTo(new CircuitState.Closed(2));

        breaker.failure();

        assertThat(breaker.state()).isEqualTo(new CircuitState.Open(clock.instant().plusSeconds(30)));
        assertThat(breaker.refusalLeft()).isEqualTo(Duration.ofSeconds(30));
        assertThat(gauge).last().isEqualTo(2);
    }

    @Test
    void halfOpensAfterTheCoolDownAndTheTrialDecides() {
        open();
        clock.advance(Duration.ofSeconds(30));
        assertThat(breaker.state()).isEqualTo(new CircuitState.HalfOpen());
        assertThat(gauge).last().isEqualTo(1);

        breaker.failure();
        assertThat(breaker.state()).isInstanceOf(CircuitState.Open.class);

        clock.advance(Duration.ofSeconds(30));
        breaker.success();
        assertThat(breaker.state()).isEqualTo(new CircuitState.Closed(0));
        assertThat(gauge).last().isEqualTo(0);
    }

    @Test
    void theProviderIsNotCalledWhileOpenAndAnswersThatAreNotOutagesDoNotCount() {
        Counting counting = new Counting();
        FaultyProvider faulty = new FaultyProvider(counting).failWith(() -> ProviderException.notFound("no such VM"));
        CircuitBreakingNodeProvider guarded = new CircuitBreakingNodeProvider(faulty, breaker);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> guarded.getNode("vm-1")).isInstanceOf(ProviderException.class);
        }
        assertThat(guarded.state()).isEqualTo(new CircuitState.Closed(0));

        faulty.failWith(() -> ProviderException.rateLimited("429", Duration.ofSeconds(5)));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> guarded.getNode("vm-1")).isInstanceOf(ProviderException.class);
        }
        int callsWhenOpened = faulty.calls();

        assertThatThrownBy(() -> guarded.getNode("vm-1")).isInstanceOf(CircuitOpenException.class)
                .satisfies(e -> assertThat(((ProviderException) e).retryAfter()).contains(Duration.ofSeconds(30)));
        assertThat(faulty.calls()).isEqualTo(callsWhenOpened);

        faulty.heal();
        clock.advance(Duration.ofSeconds(30));
        assertThat(guarded.getNode("vm-1")).isEmpty();
        assertThat(guarded.state()).isEqualTo(new CircuitState.Closed(0));
    }

    private void open() {
        breaker.failure();
        breaker.failure();
        breaker.failure();
    }

    /** A provider with no VMs. */
    private static final class Counting implements NodeProvider {
        @Override
        public String name() {
            return "local";
        }

        @Override
        public ProviderNode createNode(NodeRequest request) {
            throw ProviderException.invalid("not here");
        }

        @Override
        public List<ProviderNode> findByTag(String key, String value) {
            return List.of();
        }

        @Override
        public Optional<ProviderNode> getNode(String id) {
            return Optional.empty();
        }

        @Override
        public void deleteNode(String id) {
        }
    }
}
