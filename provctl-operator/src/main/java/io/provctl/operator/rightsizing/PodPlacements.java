package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTermBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.provctl.rightsizing.placement.NodeSelectorRequirement;
import io.provctl.rightsizing.placement.PodPlacement;
import io.provctl.rightsizing.placement.PreferredSchedulingTerm;
import io.provctl.rightsizing.placement.Toleration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A pod spec's tolerations and preferred node affinity to and from {@link PodPlacement}. Writing sets
 * exactly those two lists and leaves the rest of the affinity (required node affinity, pod affinity and
 * anti-affinity) as it is; a nodeAffinity or affinity left empty is removed, so a rollback to a template
 * that had none leaves none. Empty lists are written as fabric8's models hold them (empty, never null):
 * the JSON omits them either way.
 */
public final class PodPlacements {

    private PodPlacements() {
    }

    public static PodPlacement read(PodSpec spec) {
        List<Toleration> tolerations = Optional.ofNullable(spec.getTolerations()).orElse(List.of()).stream()
                .map(PodPlacements::toleration).toList();
        List<PreferredSchedulingTerm> preferred = Optional.ofNullable(spec.getAffinity()).map(Affinity::getNodeAffinity)
                .map(NodeAffinity::getPreferredDuringSchedulingIgnoredDuringExecution).orElse(List.of()).stream()
                .map(PodPlacements::term).toList();
        return new PodPlacement(tolerations, preferred);
    }

    public static void write(PodSpec spec, PodPlacement placement) {
        spec.setTolerations(list(placement.tolerations().stream().map(PodPlacements::toleration).toList()));
        Affinity affinity = Optional.ofNullable(spec.getAffinity()).orElseGet(Affinity::new);
        NodeAffinity node = Optional.ofNullable(affinity.getNodeAffinity()).orElseGet(NodeAffinity::new);
        node.setPreferredDuringSchedulingIgnoredDuringExecution(
                list(placement.preferredNodeAffinity().stream().map(PodPlacements::term).toList()));
        boolean nodeEmpty = node.getPreferredDuringSchedulingIgnoredDuringExecution().isEmpty()
                && node.getRequiredDuringSchedulingIgnoredDuringExecution() == null;
        affinity.setNodeAffinity(nodeEmpty ? null : node);
        boolean affinityEmpty = affinity.getNodeAffinity() == null && affinity.getPodAffinity() == null
                && affinity.getPodAntiAffinity() == null;
        spec.setAffinity(affinityEmpty ? null : affinity);
    }

    private static Toleration toleration(io.fabric8.kubernetes.api.model.Toleration t) {
        return new Toleration(text(t.getKey()), text(t.getOperator()), text(t.getValue()), text(t.getEffect()),
                Optional.ofNullable(t.getTolerationSeconds()).map(OptionalLong::of).orElse(OptionalLong.empty()));
    }

    private static io.fabric8.kubernetes.api.model.Toleration toleration(Toleration t) {
        return new TolerationBuilder().withKey(blank(t.key())).withOperator(blank(t.operator()))
                .withValue(blank(t.value())).withEffect(blank(t.effect()))
                .withTolerationSeconds(t.tolerationSeconds().isPresent() ? t.tolerationSeconds().getAsLong() : null)
                .build();
    }

    private static PreferredSchedulingTerm term(io.fabric8.kubernetes.api.model.PreferredSchedulingTerm t) {
        NodeSelectorTerm p = Optional.ofNullable(t.getPreference()).orElseGet(NodeSelectorTerm::new);
        return new PreferredSchedulingTerm(t.getWeight(), requirements(p.getMatchExpressions()),
                requirements(p.getMatchFields()));
    }

    private static io.fabric8.kubernetes.api.model.PreferredSchedulingTerm term(PreferredSchedulingTerm t) {
        NodeSelectorTerm preference = new NodeSelectorTerm();
        preference.setMatchExpressions(requirementsOut(t.matchExpressions()));
        preference.setMatchFields(requirementsOut(t.matchFields()));
        return new PreferredSchedulingTermBuilder().withPreference(preference).withWeight(t.weight()).build();
    }

    private static List<NodeSelectorRequirement> requirements(
            List<io.fabric8.kubernetes.api.model.NodeSelectorRequirement> in) {
        return Optional.ofNullable(in).orElse(List.of()).stream()
                .map(r -> new NodeSelectorRequirement(text(r.getKey()), text(r.getOperator()),
                        Optional.ofNullable(r.getValues()).orElse(List.of())))
                .toList();
    }

    private static List<io.fabric8.kubernetes.api.model.NodeSelectorRequirement> requirementsOut(
            List<NodeSelectorRequirement> in) {
        return list(in.stream().map(r -> new NodeSelectorRequirementBuilder().withKey(r.key())
                .withOperator(r.operator()).withValues(list(r.values())).build()).toList());
    }

    /** A mutable list, as fabric8's models hold (an empty one is omitted from the JSON, like an absent one). */
    private static <T> List<T> list(List<T> items) {
        return new ArrayList<>(items);
    }

    /** The API server drops empty strings, so absent and "" are the same value. */
    private static String text(String s) {
        return Optional.ofNullable(s).orElse("");
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
