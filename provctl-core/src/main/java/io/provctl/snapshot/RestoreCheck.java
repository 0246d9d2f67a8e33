package io.provctl.snapshot;

import io.provctl.model.ResourceKind;
import io.provctl.plan.KubernetesVersion;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.util.ArrayList;
import java.util.List;

/**
 * What a restore must refuse rather than fake. A Kubernetes control plane cannot be downgraded in a real
 * cloud: the planner would plan a replacement, which means a new, empty cluster, not the old one back.
 * A snapshot of another state (another lineage) describes other infrastructure.
 */
public final class RestoreCheck {

    private RestoreCheck() {
    }

    /** The reasons {@code snapshot} cannot be restored over {@code current}; empty when it can. */
    public static List<String> refusals(Snapshot snapshot, StateView current) {
        List<String> out = new ArrayList<>();
        if (!snapshot.lineage().equals(current.lineage())) {
            out.add("snapshot " + snapshot.id() + " was taken of another state (lineage " + snapshot.lineage()
                    + ", this state is " + current.lineage() + ")");
        }
        for (RecordedResource then : snapshot.resources().values()) {
            if (then.id().kind() != ResourceKind.CONTROL_PLANE) {
                continue;
            }
            current.get(then.id()).ifPresent(now -> {
                String from = String.valueOf(now.attributes().get("version"));
                String to = String.valueOf(then.attributes().get("version"));
                if (KubernetesVersion.compare(to, from) < 0) {
                    out.add(then.id() + " runs Kubernetes " + from + " and the snapshot has " + to
                            + ": a control plane cannot be downgraded. Restoring would mean replacing the cluster"
                            + " with a new, empty one, which is not the cluster you had; restore the workloads"
                            + " from a backup into this cluster, or create a new cluster at " + to + " deliberately");
                }
            });
        }
        return out;
    }
}
