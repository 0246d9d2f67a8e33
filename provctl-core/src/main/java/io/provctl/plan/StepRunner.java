package io.provctl.plan;

import io.provctl.model.Resource;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource;
import io.provctl.store.EventType;
import io.provctl.store.RecordedResource;
import io.provctl.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one step against its provider: an intent event first, the provider call with retries, then a
 * result event. A create first looks the resource up by its address tag, on every attempt, so a create
 * interrupted by a crash or a timeout is adopted rather than made twice.
 */
final class StepRunner {

    private final Function<String, CloudProvider> providers;
    private final EventRecorder recorder;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ApplyListener listener;

    StepRunner(Function<String, CloudProvider> providers, EventRecorder recorder, RetryPolicy retry, Sleeper sleeper,
               Clock clock, ApplyListener listener) {
        this.providers = providers;
        this.recorder = recorder;
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
        this.listener = listener;
    }

    /** Runs the step; throws the provider's error when it fails for good. */
    void run(ApplyStep step) throws InterruptedException {
        Instant start = clock.instant();
        listener.started(step);
        CloudProvider provider = providers.apply(step.action().provider());
        String providerId = switch (step.phase()) {
            case CREATE -> create(step, provider);
            case UPDATE -> update(step, provider);
            case DELETE -> delete(step, provider);
        };
        listener.completed(step, providerId, Duration.between(start, clock.instant()));
    }

    private String create(ApplyStep step, CloudProvider provider) throws InterruptedException {
        Resource desired = step.action().after().orElseThrow();
        recorder.record(EventType.CREATE_INTENT, step.id(), intentPayload(desired));
        Outcome outcome = withRetries(step, () -> provider.findByResourceId(desired.id())
                .map(found -> new Outcome(found, true))
                .orElseGet(() -> new Outcome(provider.create(desired), false)));
        ProviderResource made = outcome.resource();
        if (outcome.adopted() && !made.attributes().equals(desired.attributes())) {
            made = withRetries(step, () -> provider.update(outcome.resource().providerId(), desired));
        }
        recorder.record(outcome.adopted() ? EventType.RESOURCE_ADOPTED : EventType.RESOURCE_CREATED, step.id(),
                resultPayload(desired, made));
        return made.providerId();
    }

    private String update(ApplyStep step, CloudProvider provider) throws InterruptedException {
        Resource desired = step.action().after().orElseThrow();
        String providerId = step.action().before().orElseThrow().providerId();
        recorder.record(EventType.UPDATE_INTENT, step.id(), intentPayload(desired));
        ProviderResource updated = withRetries(step, () -> provider.update(providerId, desired));
        recorder.record(EventType.RESOURCE_UPDATED, step.id(), resultPayload(desired, updated));
        return updated.providerId();
    }

    private String delete(ApplyStep step, CloudProvider provider) throws InterruptedException {
        RecordedResource before = step.action().before().orElseThrow();
        recorder.record(EventType.DELETE_INTENT, step.id(), Map.of("provider_id", before.providerId()));
        withRetries(step, () -> {
            provider.delete(before.providerId());
            return before.providerId();
        });
        recorder.record(EventType.RESOURCE_DELETED, step.id(), Map.of("provider_id", before.providerId()));
        return before.providerId();
    }

    private <T> T withRetries(ApplyStep step, Supplier<T> call) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ProviderException e) {
                if (!retry.shouldRetry(attempt, e)) {
                    throw e;
                }
                Duration wait = retry.delay(attempt, e.retryAfter());
                listener.retrying(step, attempt, wait, e);
                sleeper.sleep(wait);
            }
        }
    }

    private static Map<String, Object> intentPayload(Resource r) {
        return Map.of("provider", r.provider(), "region", r.region(), "attributes", r.attributes());
    }

    /** What state records: the attributes asked for, where they live, and the provider's ID. */
    private static Map<String, Object> resultPayload(Resource desired, ProviderResource made) {
        return Map.of("provider_id", made.providerId(), "provider", desired.provider(), "region", desired.region(),
                "attributes", desired.attributes(), "created_at", made.createdAt().toString());
    }

    private record Outcome(ProviderResource resource, boolean adopted) {
    }
}
