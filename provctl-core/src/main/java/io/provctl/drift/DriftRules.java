package io.provctl.drift;

import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.plan.KubernetesVersion;
import io.provctl.plan.ReplacementRules;

import java.util.Optional;
import java.util.Set;

/**
 * Which type and severity a difference has, and whether remediation may undo it. The table is
 * documented in docs/drift.md; keep both in step.
 */
public final class DriftRules {

    private static final Set<String> SCALE = Set.of("desired_size", "min_size", "max_size");
    private static final Set<String> NETWORK = Set.of("vpc_cidr", "availability_zones", "nat_gateway");
    /** private_cluster decides whether the API endpoint is on the internet, so it counts as security. */
    private static final Set<String> SECURITY = Set.of("private_cluster", "identity", "taints");
    private static final Set<String> COSMETIC = Set.of("tags", "labels");

    private DriftRules() {
    }

    /** The type of a changed attribute; a tag is named {@code tags.KEY}. */
    public static DriftType type(String attribute) {
        if (attribute.equals("version")) {
            return DriftType.VERSION_SKEW;
        }
        if (SCALE.contains(attribute)) {
            return DriftType.SCALE_CHANGE;
        }
        if (NETWORK.contains(attribute)) {
            return DriftType.NETWORK_CHANGE;
        }
        return SECURITY.contains(attribute) ? DriftType.SECURITY_CHANGE : DriftType.CONFIG_CHANGE;
    }

    public static Severity severity(DriftType type, ResourceKind kind, String attribute) {
        return switch (type) {
            case RESOURCE_DELETED -> kind == ResourceKind.NODE_POOL ? Severity.HIGH : Severity.CRITICAL;
            case VERSION_SKEW, NETWORK_CHANGE, SECURITY_CHANGE -> Severity.HIGH;
            case SCALE_CHANGE, RESOURCE_ADDED -> Severity.MEDIUM;
            case CONFIG_CHANGE -> COSMETIC.contains(root(attribute)) ? Severity.LOW : Severity.MEDIUM;
        };
    }

    /**
     * Why an attribute change cannot be undone by remediation, if it cannot: a Kubernetes version
     * cannot go down, and an attribute fixed at creation could only be restored by replacing the
     * resource and everything built on it, which remediation never does on its own.
     */
    public static Optional<String> notRemediable(ResourceId id, String attribute, Optional<Object> expected,
                                                 Optional<Object> actual) {
        if (attribute.equals("version") && expected.isPresent() && actual.isPresent()
                && KubernetesVersion.compare(String.valueOf(actual.get()), String.valueOf(expected.get())) > 0) {
            return Optional.of("the control plane was upgraded outside provctl to " + actual.get()
                    + "; Kubernetes cannot be downgraded in place. Set version = \"" + actual.get()
                    + "\" in the configuration and apply to record it");
        }
        if (!attribute.startsWith("tags.")
                && ReplacementRules.forcesReplacement(id.kind(), attribute, actual, expected)) {
            return Optional.of(attribute + " cannot change in place: restoring " + render(expected)
                    + " means replacing " + id + " and everything built on it, which remediation never does;"
                    + " replace it deliberately (destroy --target, then apply) or put " + render(actual)
                    + " in the configuration");
        }
        return Optional.empty();
    }

    private static String root(String attribute) {
        int dot = attribute.indexOf('.');
        return dot < 0 ? attribute : attribute.substring(0, dot);
    }

    static String render(Optional<Object> value) {
        return value.map(Attributes::render).orElse("nothing");
    }
}
