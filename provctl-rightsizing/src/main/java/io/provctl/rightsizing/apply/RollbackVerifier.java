package io.provctl.rightsizing.apply;

import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.placement.PodPlacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a workload, read back after a rollback, holds again what the patch had replaced: each
 * container's requests and limits, the replicas, and the pod template's tolerations and preferred node
 * affinity, list for list.
 */
public final class RollbackVerifier {

    private RollbackVerifier() {
    }

    /** Every difference between the stored originals and the workload as observed; empty when restored. */
    public static List<String> differences(WorkloadPatch applied, WorkloadSpec observed) {
        List<String> out = new ArrayList<>();
        for (ContainerPatch p : applied.containers()) {
            Optional<ContainerSpec> now = observed.container(p.container());
            if (now.isEmpty()) {
                out.add("container " + p.container() + " is missing");
            } else if (!now.get().equals(p.before())) {
                out.add("container " + p.container() + " has " + describe(now.get()) + ", expected "
                        + describe(p.before()));
            }
        }
        applied.replicas().filter(r -> r.before() != observed.replicas())
                .ifPresent(r -> out.add("replicas are " + observed.replicas() + ", expected " + r.before()));
        applied.placement().ifPresent(p -> placement(p.before(), observed.template().placement(), out));
        return out;
    }

    private static void placement(PodPlacement expected, PodPlacement now, List<String> out) {
        if (!now.tolerations().equals(expected.tolerations())) {
            out.add("tolerations are " + now.tolerations() + ", expected " + expected.tolerations());
        }
        if (!now.preferredNodeAffinity().equals(expected.preferredNodeAffinity())) {
            out.add("preferred node affinity is " + now.preferredNodeAffinity() + ", expected "
                    + expected.preferredNodeAffinity());
        }
    }

    private static String describe(ContainerSpec c) {
        return "requests " + c.requests()
                + c.cpuLimitMillicores().stream().mapToObj(l -> ", cpu limit " + l + "m").findFirst().orElse("")
                + c.memoryLimitBytes().stream().mapToObj(l -> ", memory limit " + l).findFirst().orElse("");
    }
}
