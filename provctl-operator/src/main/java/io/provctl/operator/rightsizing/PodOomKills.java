package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.provctl.metrics.ContainerId;
import io.provctl.metrics.OomKill;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The OOM kills a pod's status shows: a container whose current or last termination has reason
 * OOMKilled, at the time it finished. metrics.k8s.io has no OOM kills, and the recommender needs
 * them (a kill bumps memory); a pod keeps showing its last termination until the next one, so a
 * kill is seen on every poll and the history keeps it once. A termination without a finish time
 * cannot be placed in a window and is left out.
 */
final class PodOomKills {

    private static final String OOM_KILLED = "OOMKilled";

    private PodOomKills() {
    }

    static List<OomKill> of(Pod pod) {
        String name = pod.getMetadata().getName();
        return Optional.ofNullable(pod.getStatus()).map(s -> s.getContainerStatuses()).orElse(List.of()).stream()
                .flatMap(s -> terminations(s).filter(t -> OOM_KILLED.equals(t.getReason()))
                        .flatMap(t -> finishedAt(t).stream())
                        .map(at -> new OomKill(at, new ContainerId(name, s.getName()))))
                .distinct().toList();
    }

    private static Stream<ContainerStateTerminated> terminations(ContainerStatus s) {
        return Stream.of(Optional.ofNullable(s.getState()).map(x -> x.getTerminated()),
                Optional.ofNullable(s.getLastState()).map(x -> x.getTerminated())).flatMap(Optional::stream);
    }

    private static Optional<Instant> finishedAt(ContainerStateTerminated t) {
        try {
            return Optional.ofNullable(t.getFinishedAt()).filter(f -> !f.isBlank()).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
