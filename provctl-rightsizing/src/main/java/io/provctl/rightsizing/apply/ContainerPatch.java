package io.provctl.rightsizing.apply;

import io.provctl.rightsizing.ContainerSpec;

/** One container's resources before and after; {@code before} is what a rollback restores. */
public record ContainerPatch(ContainerSpec before, ContainerSpec after) {

    public ContainerPatch {
        if (!before.name().equals(after.name())) {
            throw new IllegalArgumentException("a patch changes one container: " + before.name() + " vs " + after.name());
        }
    }

    public String container() {
        return before.name();
    }

    public ContainerPatch inverse() {
        return new ContainerPatch(after, before);
    }
}
