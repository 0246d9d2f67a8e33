package io.provctl.operator.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pure helpers for status conditions. A condition keeps its lastTransitionTime unless its status
 * changes, so that "since when" stays true across reconciles that only repeat what is known.
 */
public final class Conditions {

    private Conditions() {
    }

    /** {@code existing} with {@code type} set; the transition time moves only when the status changes. */
    public static List<Condition> set(List<Condition> existing, String type, boolean status, String reason,
                                      String message, Instant now, Long observedGeneration) {
        List<Condition> out = new ArrayList<>();
        Optional<Condition> before = find(existing, type);
        String value = status ? "True" : "False";
        String since = before.filter(c -> value.equals(c.getStatus())).map(Condition::getLastTransitionTime)
                .orElse(now.toString());
        Condition next = new ConditionBuilder().withType(type).withStatus(value).withReason(reason)
                .withMessage(message).withLastTransitionTime(since).withObservedGeneration(observedGeneration)
                .build();
        boolean placed = false;
        for (Condition c : existing) {
            if (type.equals(c.getType())) {
                out.add(next);
                placed = true;
            } else {
                out.add(c);
            }
        }
        if (!placed) {
            out.add(next);
        }
        return out;
    }

    public static Optional<Condition> find(List<Condition> conditions, String type) {
        return conditions.stream().filter(c -> Objects.equals(type, c.getType())).findFirst();
    }

    public static boolean isTrue(List<Condition> conditions, String type) {
        return find(conditions, type).map(c -> "True".equals(c.getStatus())).orElse(false);
    }
}
