package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scheduling.Predicates;
import io.provctl.autoscaler.scheduling.Refusal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which template could host each pod on an empty node, whatever the limits: the pods no template can
 * host are impossible, and each of them gets one reason per group.
 */
final class Hostability {

    record Entry(Template template, List<PodInfo> pods) {
    }

    private final List<Entry> entries;
    private final Map<String, Set<String>> groupsByPod;
    private final Map<String, String> reasons;

    private Hostability(List<Entry> entries, Map<String, Set<String>> groupsByPod, Map<String, String> reasons) {
        this.entries = entries;
        this.groupsByPod = groupsByPod;
        this.reasons = reasons;
    }

    static Hostability of(List<Template> templates, List<PodInfo> pods) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Set<String>> groupsByPod = new HashMap<>();
        Map<String, Map<String, Refused>> refusals = new HashMap<>();
        for (Template t : templates) {
            List<PodInfo> hostable = new ArrayList<>();
            for (PodInfo p : pods) {
                Optional<Refusal> r = refusal(p, t);
                if (r.isEmpty()) {
                    hostable.add(p);
                    groupsByPod.computeIfAbsent(p.key(), k -> new LinkedHashSet<>()).add(t.group().name());
                } else {
                    refusals.computeIfAbsent(p.key(), k -> new LinkedHashMap<>())
                            .merge(t.group().name(), new Refused(t, r.get()), Refused::larger);
                }
            }
            entries.add(new Entry(t, hostable));
        }
        Map<String, String> reasons = new HashMap<>();
        for (PodInfo p : pods) {
            if (!groupsByPod.containsKey(p.key())) {
                reasons.put(p.key(), reason(refusals.getOrDefault(p.key(), Map.of())));
            }
        }
        return new Hostability(entries, groupsByPod, reasons);
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

    private static String reason(Map<String, Refused> byGroup) {
        if (byGroup.isEmpty()) {
            return "no node group can host it: there are no node groups";
        }
        List<String> parts = new ArrayList<>();
        byGroup.forEach((g, r) -> parts.add(g + ": " + r));
        return "no node group can host it: " + String.join("; ", parts);
    }

    List<Entry> entries() {
        return entries;
    }

    boolean hostable(PodInfo p) {
        return groupsByPod.containsKey(p.key());
    }

    Set<String> groupsFor(PodInfo p) {
        return groupsByPod.getOrDefault(p.key(), Set.of());
    }

    String whyNot(PodInfo p) {
        return reasons.get(p.key());
    }
}
