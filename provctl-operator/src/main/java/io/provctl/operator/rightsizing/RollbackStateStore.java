package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.metrics.WorkloadRef;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationApiGroup;
import io.provctl.rightsizing.apply.WorkloadPatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what an applied change replaced in the ConfigMap {@code <workload>-rollback-state}, next to the
 * workload: the patch (original requests, limits and replicas), and the workload's labels and
 * annotations as they were. Owned by the CostOptimization when both share a namespace (owner references
 * cannot cross namespaces), labelled so that {@code kubectl get cm -l} finds them all.
 */
public final class RollbackStateStore {

    public static final String PATCH_KEY = "patch.json";
    public static final String LABELS_KEY = "labels";
    public static final String ANNOTATIONS_KEY = "annotations";
    public static final String APPLIED_AT_KEY = "appliedAt";

    private final KubernetesClient client;

    public RollbackStateStore(KubernetesClient client) {
        this.client = client;
    }

    public static String name(WorkloadRef workload) {
        return workload.name() + "-rollback-state";
    }

    /** Stores the state before the change is written, replacing an older one. */
    public void save(CostOptimization owner, WorkloadSnapshot workload, WorkloadPatch patch, Instant appliedAt) {
        WorkloadRef ref = patch.workload();
        ConfigMapBuilder cm = new ConfigMapBuilder().withNewMetadata().withName(name(ref))
                .withNamespace(ref.namespace())
                .withLabels(Map.of(OptimizationApiGroup.MANAGED_BY_LABEL, OptimizationApiGroup.MANAGED_BY,
                        OptimizationApiGroup.COSTOPTIMIZATION_LABEL, owner.getMetadata().getName()))
                .endMetadata()
                .withData(Map.of(PATCH_KEY, WorkloadPatchJson.write(patch),
                        LABELS_KEY, text(workload.resource().getMetadata().getLabels()),
                        ANNOTATIONS_KEY, text(workload.resource().getMetadata().getAnnotations()),
                        APPLIED_AT_KEY, appliedAt.toString()));
        if (ref.namespace().equals(owner.getMetadata().getNamespace())) {
            cm.editMetadata().withOwnerReferences(List.of(new OwnerReferenceBuilder()
                    .withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                    .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                    .withController(true).withBlockOwnerDeletion(true).build())).endMetadata();
        }
        client.configMaps().inNamespace(ref.namespace()).resource(cm.build()).createOr(c -> c.update());
    }

    /** The stored patch for this workload, if a change is on record. */
    public Optional<WorkloadPatch> load(WorkloadRef workload) {
        return Optional.ofNullable(client.configMaps().inNamespace(workload.namespace()).withName(name(workload)).get())
                .map(ConfigMap::getData).map(d -> d.get(PATCH_KEY)).map(WorkloadPatchJson::read);
    }

    public void delete(WorkloadRef workload) {
        client.configMaps().inNamespace(workload.namespace()).withName(name(workload)).delete();
    }

    private String text(Map<String, String> map) {
        return client.getKubernetesSerialization().asJson(Optional.ofNullable(map).orElse(Map.of()));
    }
}
