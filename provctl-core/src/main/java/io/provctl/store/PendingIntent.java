package io.provctl.store;

import io.provctl.model.ResourceId;

/** An intent with no result yet: a provider call that may or may not have happened before a crash. */
public record PendingIntent(ResourceId resource, EventType intent, long sequence) {
}
