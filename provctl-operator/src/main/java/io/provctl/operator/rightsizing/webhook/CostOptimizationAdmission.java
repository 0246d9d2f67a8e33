package io.provctl.operator.rightsizing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationSpec;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationApiGroup;
import io.provctl.operator.rightsizing.CostOptimizationRules;
import io.provctl.operator.rightsizing.SpecDefaults;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Answers AdmissionReview requests (admission.k8s.io/v1) for CostOptimizations. Validation refuses on
 * {@link CostOptimizationRules}, every problem in one message; mutation sets the schema defaults, the
 * managed-by label, phase Pending and zero counters, as a JSON Patch. Pure: JSON in, JSON out.
 */
public final class CostOptimizationAdmission {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json;

    public CostOptimizationAdmission(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode validate(JsonNode review) {
        JsonNode request = review.path("request");
        if (isDelete(request)) {
            return allowed(request);
        }
        List<String> problems;
        try {
            problems = CostOptimizationRules.problems(read(request));
        } catch (IllegalArgumentException e) {
            problems = List.of("cannot read the CostOptimization: " + e.getMessage());
        }
        return problems.isEmpty() ? allowed(request) : denied(request, String.join("; ", problems));
    }

    public ObjectNode mutate(JsonNode review) {
        JsonNode request = review.path("request");
        if (isDelete(request)) {
            return allowed(request);
        }
        ArrayNode patch = NODES.arrayNode();
        JsonNode object = request.path("object");
        defaults(object.path("spec"), patch);
        label(object.path("metadata"), patch);
        if (!object.has("status")) {
            patch.add(op("/status", json.valueToTree(Map.of("phase", "Pending", "appliedOptimizations", 0,
                    "totalSavings", "0.00"))));
        }
        ObjectNode answer = allowed(request);
        if (!patch.isEmpty()) {
            ObjectNode response = (ObjectNode) answer.get("response");
            response.put("patchType", "JSONPatch");
            response.put("patch", Base64.getEncoder().encodeToString(patch.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return answer;
    }

    private CostOptimization read(JsonNode request) {
        if (!request.path("object").isObject()) {
            throw new IllegalArgumentException("the request carries no object");
        }
        return json.convertValue(request.path("object"), CostOptimization.class);
    }

    private void defaults(JsonNode spec, ArrayNode patch) {
        if (!spec.isObject()) {
            return;
        }
        CostOptimizationSpec given = json.convertValue(spec, CostOptimizationSpec.class);
        JsonNode filled = json.valueToTree(SpecDefaults.withDefaults(given));
        for (Iterator<Map.Entry<String, JsonNode>> it = filled.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!spec.has(field.getKey())) {
                patch.add(op("/spec/" + field.getKey(), field.getValue()));
            }
        }
    }

    private void label(JsonNode metadata, ArrayNode patch) {
        String key = OptimizationApiGroup.MANAGED_BY_LABEL;
        if (!metadata.path("labels").isObject()) {
            patch.add(op("/metadata/labels", json.valueToTree(Map.of(key, OptimizationApiGroup.MANAGED_BY))));
        } else if (!metadata.path("labels").has(key)) {
            patch.add(op("/metadata/labels/" + key.replace("~", "~0").replace("/", "~1"),
                    NODES.textNode(OptimizationApiGroup.MANAGED_BY)));
        }
    }

    private static ObjectNode op(String path, JsonNode value) {
        ObjectNode op = NODES.objectNode();
        op.put("op", "add");
        op.put("path", path);
        op.set("value", value);
        return op;
    }

    private static boolean isDelete(JsonNode request) {
        return "DELETE".equals(request.path("operation").asText());
    }

    private static ObjectNode allowed(JsonNode request) {
        return review(request, true);
    }

    private static ObjectNode denied(JsonNode request, String message) {
        ObjectNode review = review(request, false);
        ObjectNode status = ((ObjectNode) review.get("response")).putObject("status");
        status.put("code", 422);
        status.put("reason", "Invalid");
        status.put("message", message);
        return review;
    }

    private static ObjectNode review(JsonNode request, boolean allowed) {
        ObjectNode review = NODES.objectNode();
        review.put("apiVersion", "admission.k8s.io/v1");
        review.put("kind", "AdmissionReview");
        ObjectNode response = review.putObject("response");
        response.put("uid", request.path("uid").asText());
        response.put("allowed", allowed);
        return review;
    }
}
