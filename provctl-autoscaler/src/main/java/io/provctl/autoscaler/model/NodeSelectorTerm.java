package io.provctl.autoscaler.model;

import java.util.List;
import java.util.Map;

/** One term of required node affinity: all its requirements must hold. A term with none matches nothing. */
public record NodeSelectorTerm(List<Requirement> requirements) {

    public NodeSelectorTerm {
        requirements = List.copyOf(requirements);
    }

    public boolean matches(Map<String, String> labels) {
        if (requirements.isEmpty()) {
            return false;
        }
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
