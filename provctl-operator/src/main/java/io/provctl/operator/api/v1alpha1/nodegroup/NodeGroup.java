package io.provctl.operator.api.v1alpha1.nodegroup;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import io.provctl.operator.api.v1alpha1.ApiGroup;

/** A group of nodes of one kind that the operator keeps at a size between minNodes and maxNodes. */
@Group(ApiGroup.NAME)
@Version(ApiGroup.VERSION)
@ShortNames("ng")
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
        type = AdditionalPrinterColumn.Type.DATE)
public class NodeGroup extends CustomResource<NodeGroupSpec, NodeGroupStatus> implements Namespaced {
}
