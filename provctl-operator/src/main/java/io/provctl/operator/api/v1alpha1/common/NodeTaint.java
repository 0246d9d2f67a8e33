package io.provctl.operator.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** A taint put on every node of a group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NodeTaint {

    @Required
    private String key;

    private String value;

    /** NoSchedule, PreferNoSchedule or NoExecute. */
    @Default("NoSchedule")
    @Pattern("^(NoSchedule|PreferNoSchedule|NoExecute)$")
    private String effect;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getEffect() {
        return effect;
    }

    public void setEffect(String effect) {
        this.effect = effect;
    }
}
