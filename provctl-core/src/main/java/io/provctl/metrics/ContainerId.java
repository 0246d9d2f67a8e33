package io.provctl.metrics;

import java.util.Objects;

/** One container of one pod. Recommendations aggregate by container name across the pods. */
public record ContainerId(String pod, String container) {

    public ContainerId {
        Objects.requireNonNull(pod, "pod");
        Objects.requireNonNull(container, "container");
    }
}
