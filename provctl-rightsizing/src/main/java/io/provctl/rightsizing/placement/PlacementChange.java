package io.provctl.rightsizing.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pod template's tolerations and preferred node affinity before and after a change. {@code before}
 * is what a rollback restores, whole: the lists are written back as they were, not edited.
 */
public record PlacementChange(PodPlacement before, PodPlacement after) {

    public PlacementChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public boolean changes() {
        return !before.equals(after);
    }

    public PlacementChange inverse() {
        return new PlacementChange(after, before);
    }

    /** One readable line per toleration or preference added or removed. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        after.tolerations().stream().filter(t -> !before.tolerations().contains(t))
                .forEach(t -> out.add("add toleration " + t));
        before.tolerations().stream().filter(t -> !after.tolerations().contains(t))
                .forEach(t -> out.add("remove toleration " + t));
        after.preferredNodeAffinity().stream().filter(p -> !before.preferredNodeAffinity().contains(p))
                .forEach(p -> out.add("add preferred node affinity " + p));
        before.preferredNodeAffinity().stream().filter(p -> !after.preferredNodeAffinity().contains(p))
                .forEach(p -> out.add("remove preferred node affinity " + p));
        return out;
    }
}
