package io.provctl.operator.metrics;

import io.provctl.provider.InterruptionNotice;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Counts and times every call to the provider, by method and outcome (ok or the error kind). */
public final class MeteredNodeProvider implements NodeProvider {

    private final NodeProvider delegate;
    private final OperatorMetrics metrics;

    public MeteredNodeProvider(NodeProvider delegate, OperatorMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        return call("createNode", () -> delegate.createNode(request));
    }

    @Override
    public List<ProviderNode> findByTag(String key, String value) {
        return call("findByTag", () -> delegate.findByTag(key, value));
    }

    @Override
    public Optional<ProviderNode> getNode(String id) {
        return call("getNode", () -> delegate.getNode(id));
    }

    @Override
    public List<InterruptionNotice> interruptions() {
        return call("interruptions", delegate::interruptions);
    }

    @Override
    public void deleteNode(String id) {
        call("deleteNode", () -> {
            delegate.deleteNode(id);
            return null;
        });
    }

    private <T> T call(String method, Supplier<T> work) {
        long start = System.nanoTime();
        String status = "ok";
        try {
            return work.get();
        } catch (ProviderException e) {
            status = e.kind().name().toLowerCase(Locale.ROOT);
            throw e;
        } catch (RuntimeException e) {
            status = "error";
            throw e;
        } finally {
            metrics.providerRequest(method, status, System.nanoTime() - start);
        }
    }
}
