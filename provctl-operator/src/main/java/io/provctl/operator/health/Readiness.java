package io.provctl.operator.health;

import io.javaoperatorsdk.operator.Operator;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ready once the operator's informers have synced and while they stay healthy. With leader election a
 * standby's informers run too (only event processing waits for the Lease), so a healthy standby is
 * ready. The framework's runtime info is asked only after start: asking while {@code start()} waits for
 * the caches takes a lock that start holds, and the probe would hang instead of answering "not ready".
 */
public final class Readiness implements BooleanSupplier {

    private final Operator operator;
    private final AtomicBoolean synced = new AtomicBoolean();

    public Readiness(Operator operator) {
        this.operator = operator;
    }

    /** Called when {@code Operator.start()} has returned, which it does once every informer has synced. */
    public void markSynced() {
        synced.set(true);
    }

    @Override
    public boolean getAsBoolean() {
        return synced.get() && operator.getRuntimeInfo().allEventSourcesAreHealthy();
    }
}
