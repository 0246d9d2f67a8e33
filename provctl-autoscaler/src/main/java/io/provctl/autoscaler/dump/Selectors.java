package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.autoscaler.model.LabelSelector;
import io.provctl.autoscaler.model.Operator;
import io.provctl.autoscaler.model.Requirement;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.model.TaintEffect;

import java.util.List;

/** Label selectors, requirements and taints as Kubernetes writes them. */
final class Selectors {

    private Selectors() {
    }

    static LabelSelector labelSelector(JsonNode node) {
        return new LabelSelector(Fields.stringMap(node.path("matchLabels")), requirements(node.path("matchExpressions")));
    }

    static List<Requirement> requirements(JsonNode node) {
        return Fields.list(node).stream().map(r -> new Requirement(
                Fields.text(r, "key").orElseThrow(() -> new IllegalArgumentException("a requirement has no key")),
                Operator.parse(Fields.text(r, "operator").orElse("In")),
                Fields.strings(r.path("values")))).toList();
    }

    static List<Taint> taints(JsonNode node) {
        return Fields.list(node).stream().map(t -> new Taint(
                Fields.text(t, "key").orElseThrow(() -> new IllegalArgumentException("a taint has no key")),
                Fields.text(t, "value").orElse(""),
                TaintEffect.parse(Fields.text(t, "effect").orElse("")))).toList();
    }
}
