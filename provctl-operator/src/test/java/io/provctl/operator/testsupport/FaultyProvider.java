package io.provctl.operator.testsupport;

import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A provider that fails on demand: every call throws a given error while one is set, or the process
 * "dies" right after a VM is created (the create reached the cloud, its answer never reached the
 * operator's status) and every later call fails the same way, as calls from a dead process would.
 */
public final class FaultyProvider implements NodeProvider {

    private final NodeProvider delegate;
    private final AtomicReference<Optional<Supplier<RuntimeException>>> failing =
            new AtomicReference<>(Optional.empty());
    private final AtomicBoolean dieAfterCreate = new AtomicBoolean();
    private final AtomicBoolean dead = new AtomicBoolean();
    private final AtomicInteger calls = new AtomicInteger();

    public FaultyProvider(NodeProvider delegate) {
        this.delegate = delegate;
    }

    /** Every call fails with what {@code error} makes, until {@link #heal()}. */
    public FaultyProvider failWith(Supplier<RuntimeException> error) {
        failing.set(Optional.of(error));
        return this;
    }

    public FaultyProvider heal() {
        failing.set(Optional.empty());
        return this;
    }

    /** The next successful create is the process's last act. */
    public FaultyProvider dieAfterCreate() {
        dieAfterCreate.set(true);
        return this;
    }

    public boolean dead() {
        return dead.get();
    }

    /** Calls that reached this provider (and so were not refused by a circuit breaker above it). */
    public int calls() {
        return calls.get();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        return call(() -> {
            ProviderNode vm = delegate.createNode(request);
            if (dieAfterCreate.get()) {
                dead.set(true);
                throw new ProcessDied();
            }
            return vm;
        });
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
    public void deleteNode(String id) {
        call(() -> {
            delegate.deleteNode(id);
            return id;
        });
    }

    private <T> T call(Supplier<T> work) {
        calls.incrementAndGet();
        if (dead.get()) {
            throw new ProcessDied();
        }
        Optional<Supplier<RuntimeException>> error = failing.get();
        if (error.isPresent()) {
            throw error.get().get();
        }
        return work.get();
    }

    /** What the operator sees of a process that is gone: nothing works any more. */
    public static final class ProcessDied extends RuntimeException {
        ProcessDied() {
            super("the operator process died");
        }
    }

    /** A 503 from the provider. */
    public static ProviderException unavailable() {
        return ProviderException.transientFailure("503 Service Unavailable");
    }
}
