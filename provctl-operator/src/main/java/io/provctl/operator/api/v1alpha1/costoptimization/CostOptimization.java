package io.provctl.operator.api.v1alpha1.costoptimization;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** Asks provctl to rightsize one workload: analyse its usage on a schedule and, when allowed, apply. */
@Group(OptimizationApiGroup.NAME)
@Version(OptimizationApiGroup.VERSION)
@ShortNames({"costopt", "co"})
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
        type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Savings", jsonPath = ".status.totalSavings",
        type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Type", jsonPath = ".spec.optimizationType",
        type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Target", jsonPath = ".spec.targetWorkload.name",
        type = AdditionalPrinterColumn.Type.STRING)
public class CostOptimization extends CustomResource<CostOptimizationSpec, CostOptimizationStatus>
        implements Namespaced {
}
