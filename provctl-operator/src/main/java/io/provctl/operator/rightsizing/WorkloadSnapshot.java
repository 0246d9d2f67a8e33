package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.provctl.rightsizing.WorkloadSpec;

import java.util.Map;
import java.util.Objects;

/**
 * A workload as read from the API server: the plain values the recommender needs, and the resource
 * itself with its pod template and selector for writing and for finding its pods.
 */
public record WorkloadSnapshot(WorkloadSpec spec, HasMetadata resource, PodTemplateSpec template,
                               Map<String, String> selector) {

    public WorkloadSnapshot {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(template, "template");
        selector = Map.copyOf(selector);
    }
}
