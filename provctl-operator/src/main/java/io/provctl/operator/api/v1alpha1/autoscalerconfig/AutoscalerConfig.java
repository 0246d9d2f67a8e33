package io.provctl.operator.api.v1alpha1.autoscalerconfig;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.provctl.operator.api.v1alpha1.ApiGroup;

/**
 * Cluster-wide settings of the autoscaling controllers. Only the object named {@value #DEFAULT_NAME} is
 * read; without it the schema defaults apply.
 */
@Group(ApiGroup.NAME)
@Version(ApiGroup.VERSION)
public class AutoscalerConfig extends CustomResource<AutoscalerConfigSpec, Void> {

    public static final String DEFAULT_NAME = "default";
}
