package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scheduling.Predicates;
import io.provctl.autoscaler.scheduling.Refusal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which template could host each pod (by its index in the batch) on an empty node, whatever the limits:
 * the pods no template can host are impossible, and each of them gets one reason per group. Templates
 * that host exactly the same pods share one index array, so packings can be shared between them.
 */
final class Hostability {

    /** A template and the indexes of the pods it can host, in batch order. */
    record Entry(Template template, int[] pods) {
    }

    private final List<Template> templates;
    private final List<PodInfo> pods;
    private final List<Entry> entries;
    private final List<Set<String>> groupsByPod;

    private Hostability(List<Template> templates, List<PodInfo> pods, List<Entry> entries, List<Set<String>> groupsByPod) {
        this.templates = templates;
        this.pods = pods;
        this.entries = entries;
        this.groupsByPod = groupsByPod;
    }

    static Hostability of(List<Template> templates, List<PodInfo> pods) {
        List<Set<String>> groupsByPod = new ArrayList<>();
        for (int i = 0; i < pods.size(); i++) {
            groupsByPod.add(new LinkedHashSet<>());
        }
        List<Entry> entries = new ArrayList<>();
        for (Template t : templates) {
            int[] hostable = new int[pods.size()];
            int n = 0;
            Resources cap = t.node().allocatable();
            for (int i = 0; i < pods.size(); i++) {
                // resources first: the cheap test, and the one that refuses most often
                PodInfo p = pods.get(i);
                if (p.requests().fitsIn(cap) && Predicates.labelsAndTaints(p, t.node()).isEmpty()) {
                    hostable[n++] = i;
                    groupsByPod.get(i).add(t.group().name());
                }
            }
            entries.add(new Entry(t, shared(entries, Arrays.copyOf(hostable, n))));
        }
        return new Hostability(templates, pods, entries, groupsByPod);
    }

    private static int[] shared(List<Entry> entries, int[] pods) {
        for (Entry e : entries) {
            if (Arrays.equals(e.pods(), pods)) {
                return e.pods();
            }
        }
        return pods;
    }

    /** Labels and taints first: when they refuse, every offering of the group refuses the same way. */
    private static Optional<Refusal> refusal(PodInfo p, Template t) {
        Optional<Refusal> r = Predicates.labelsAndTaints(p, t.node());
        if (r.isEmpty()) {
            Resources cap = t.node().allocatable();
            r = Predicates.resources(p, cap, cap);
        }
        return r;
    }

    /** One group's refusal, told for its largest offering: the one most likely to be the answer. */
    private record Refused(Template template, Refusal refusal) {
        Refused larger(Refused other) {
            Resources a = template.offering().capacity();
            Resources b = other.template.offering().capacity();
            boolean otherLarger = b.cpuMillis() > a.cpuMillis()
                    || (b.cpuMillis() == a.cpuMillis() && b.memoryBytes() > a.memoryBytes());
            return otherLarger ? other : this;
        }

        @Override
        public String toString() {
            return refusal.message() + " (" + template.offering().name() + ")";
        }
    }

    List<Entry> entries() {
        return entries;
    }

    boolean hostable(int pod) {
        return !groupsByPod.get(pod).isEmpty();
    }

    Set<String> groupsFor(int pod) {
        return groupsByPod.get(pod);
    }

    /** Why no template hosts the pod: worked out again only for impossible pods, which are few. */
    String whyNot(int pod) {
        Map<String, Refused> byGroup = new LinkedHashMap<>();
        for (Template t : templates) {
            refusal(pods.get(pod), t).ifPresent(r -> byGroup.merge(t.group().name(), new Refused(t, r), Refused::larger));
        }
        if (byGroup.isEmpty()) {
            return "no node group can host it: there are no node groups";
        }
        List<String> parts = new ArrayList<>();
        byGroup.forEach((g, r) -> parts.add(g + ": " + r));
        return "no node group can host it: " + String.join("; ", parts);
    }
}
