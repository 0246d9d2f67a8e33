package io.provctl.operator.provider;

import io.provctl.provider.InterruptionNotice;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link NodeProvider} behind a {@link CircuitBreaker}. Only failures that say the provider is
 * unwell count (5xx, timeouts, rate limits, rejected credentials, unexpected errors); an answer such as
 * "not found" or "no capacity" is the provider working and closes the circuit like a success.
 */
public final class CircuitBreakingNodeProvider implements NodeProvider {

    private final NodeProvider delegate;
    private final CircuitBreaker breaker;

    public CircuitBreakingNodeProvider(NodeProvider delegate, CircuitBreaker breaker) {
        this.delegate = delegate;
        this.breaker = breaker;
    }

    public CircuitState state() {
        return breaker.state();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        return call(() -> delegate.createNode(request));
    }

    @Override
    public List<ProviderNode> findByTag(String key, String value) {
        return call(() -> delegate.findByTag(key, value));
    }

    @Override
    public Optional<ProviderNode> getNode(String id) {
        return call(() -> delegate.getNode(id));
    }

    @Override
    public List<InterruptionNotice> interruptions() {
        return call(delegate::interruptions);
    }

    @Override
    public void deleteNode(String id) {
        call(() -> {
            delegate.deleteNode(id);
            return id;
        });
    }

    private <T> T call(Supplier<T> work) {
        Duration left = breaker.refusalLeft();
        if (!left.isZero()) {
            throw new CircuitOpenException(delegate.name(), left);
        }
        try {
            T result = work.get();
            breaker.success();
            return result;
        } catch (ProviderException e) {
            if (unwell(e)) {
                breaker.failure();
            } else {
                breaker.success();
            }
            throw e;
        } catch (RuntimeException e) {
            breaker.failure();
            throw e;
        }
    }

    private static boolean unwell(ProviderException e) {
        return e.retryable() || e.kind() == ProviderException.Kind.AUTH;
    }
}
