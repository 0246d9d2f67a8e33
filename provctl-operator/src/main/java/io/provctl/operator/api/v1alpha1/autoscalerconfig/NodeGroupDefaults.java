package io.provctl.operator.api.v1alpha1.autoscalerconfig;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;
import java.util.List;
import java.util.Map;

/** Labels and taints every NodeGroup's nodes get, under the group's own (the group wins on the same key). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NodeGroupDefaults {

    private Map<String, String> labels;

    private List<NodeTaint> taints;

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public List<NodeTaint> getTaints() {
        return taints;
    }

    public void setTaints(List<NodeTaint> taints) {
        this.taints = taints;
    }
}
