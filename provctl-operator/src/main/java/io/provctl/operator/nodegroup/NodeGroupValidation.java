package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules across fields that the CRD schema cannot express (or that a server without schema validation
 * lets through). A group that breaks one is not scaled; the problems go into its Error condition.
 */
public final class NodeGroupValidation {

    private NodeGroupValidation() {
    }

    public static List<String> problems(NodeGroupSpec spec) {
        List<String> out = new ArrayList<>();
        int min = Optional.ofNullable(spec.getMinNodes()).orElse(-1);
        int max = Optional.ofNullable(spec.getMaxNodes()).orElse(-1);
        if (min < 0) {
            out.add("minNodes must be 0 or more");
        }
        if (max < 1 || max > 1000) {
            out.add("maxNodes must lie between 1 and 1000");
        }
        if (min >= 0 && max >= 1 && min > max) {
            out.add("minNodes (" + min + ") must not exceed maxNodes (" + max + ")");
        }
        List<String> offerings = Optional.ofNullable(spec.getOfferingIDs()).orElse(List.of());
        if (offerings.isEmpty()) {
            out.add("offeringIDs must name at least one offering");
        }
        Set<String> seen = new HashSet<>();
        offerings.stream().filter(o -> !seen.add(o)).distinct()
                .forEach(o -> out.add("offeringIDs lists \"" + o + "\" more than once"));
        if (spec.getPreferredInstanceType() != null && !offerings.contains(spec.getPreferredInstanceType())) {
            out.add("preferredInstanceType \"" + spec.getPreferredInstanceType() + "\" is not one of offeringIDs");
        }
        if (spec.getDatacenterID() == null || spec.getDatacenterID().isBlank()) {
            out.add("datacenterID is required");
        }
        return out;
    }
}
