package io.provctl.rightsizing.placement;

import java.util.List;

/**
 * One entry of {@code nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution}: the scheduler adds
 * {@code weight} (1-100) to the score of every node meeting all of the term's requirements. A preference,
 * never a requirement: a pod still schedules where no node meets it.
 */
public record PreferredSchedulingTerm(int weight, List<NodeSelectorRequirement> matchExpressions,
                                      List<NodeSelectorRequirement> matchFields) {

    public PreferredSchedulingTerm {
        matchExpressions = List.copyOf(matchExpressions);
        matchFields = List.copyOf(matchFields);
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("a preferred scheduling term's weight is 1..100, not " + weight);
        }
    }

    /** True when this term favours nodes labelled {@code key=value}, and asks nothing else of them. */
    public boolean prefers(String key, String value) {
        return matchFields.isEmpty() && !matchExpressions.isEmpty()
                && matchExpressions.stream().allMatch(r -> r.selects(key, value));
    }

    @Override
    public String toString() {
        return "weight " + weight + ": " + matchExpressions
                + (matchFields.isEmpty() ? "" : " fields " + matchFields);
    }
}
