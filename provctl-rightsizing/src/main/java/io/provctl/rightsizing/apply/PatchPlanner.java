package io.provctl.rightsizing.apply;

import io.provctl.rightsizing.ContainerChange;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.ReplicaChange;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.placement.PlacementChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The patch that carries out a recommendation. Limits keep their ratio to the request, as the VPA
 * does, so a container that could burst to twice its request still can; a limit is never set below
 * its new request.
 */
public final class PatchPlanner {

    private PatchPlanner() {
    }

    public static WorkloadPatch patchFor(Recommendation r, WorkloadSpec workload) {
        if (!r.workload().equals(workload.ref())) {
            throw new IllegalArgumentException("recommendation for " + r.workload() + " applied to " + workload.ref());
        }
        List<ContainerPatch> patches = new ArrayList<>();
        for (ContainerChange c : r.containers()) {
            if (c.changes()) {
                ContainerSpec before = workload.container(c.container()).orElseThrow(() ->
                        new IllegalArgumentException(workload.ref() + " has no container " + c.container()));
                patches.add(new ContainerPatch(before, resized(before, c)));
            }
        }
        Optional<ReplicaPatch> replicas = r.replicas().filter(ReplicaChange::changes)
                .map(rc -> new ReplicaPatch(workload.replicas(), rc.after()));
        return new WorkloadPatch(workload.ref(), patches, replicas, r.placement().filter(PlacementChange::changes));
    }

    private static ContainerSpec resized(ContainerSpec before, ContainerChange c) {
        return new ContainerSpec(before.name(), c.after(),
                scaled(before.cpuLimitMillicores(), before.requests().cpuMillicores(), c.after().cpuMillicores()),
                scaled(before.memoryLimitBytes(), before.requests().memoryBytes(), c.after().memoryBytes()));
    }

    static OptionalLong scaled(OptionalLong limit, long oldRequest, long newRequest) {
        if (limit.isEmpty()) {
            return limit;
        }
        if (oldRequest == 0) {
            return OptionalLong.of(Math.max(limit.getAsLong(), newRequest));
        }
        long proportional = (long) Math.ceil((double) limit.getAsLong() * newRequest / oldRequest);
        return OptionalLong.of(Math.max(proportional, newRequest));
    }
}
