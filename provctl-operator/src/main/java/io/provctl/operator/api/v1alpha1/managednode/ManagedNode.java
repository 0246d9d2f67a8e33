package io.provctl.operator.api.v1alpha1.managednode;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import io.provctl.operator.api.v1alpha1.ApiGroup;

/** One VM-backed Kubernetes node, from asking the provider for a VM to deleting it. */
@Group(ApiGroup.NAME)
@Version(ApiGroup.VERSION)
@ShortNames("mn")
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
        type = AdditionalPrinterColumn.Type.DATE)
public class ManagedNode extends CustomResource<ManagedNodeSpec, ManagedNodeStatus> implements Namespaced {
}
