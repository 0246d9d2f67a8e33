package io.provctl.operator.testsupport;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationSpec;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationTypeName;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Factories for the SPOT_INSTANCES tests: a Deployment with its own placement, PDBs, spot specs. */
public final class SpotFixtures {

    /** The toleration the "web" Deployment has before provctl touches it. */
    public static final Toleration DEDICATED = new TolerationBuilder().withKey("dedicated").withOperator("Equal")
            .withValue("shop").withEffect("NoSchedule").build();

    private SpotFixtures() {
    }

    /** Required amd64 nodes, a preference for zone a, and anti-affinity between the pods: none of it provctl's. */
    public static Affinity ownAffinity() {
        return new AffinityBuilder()
                .withNewNodeAffinity()
                .withNewRequiredDuringSchedulingIgnoredDuringExecution().addNewNodeSelectorTerm()
                .addNewMatchExpression().withKey("kubernetes.io/arch").withOperator("In").withValues("amd64")
                .endMatchExpression().endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(20).withNewPreference()
                .addNewMatchExpression().withKey("topology.kubernetes.io/zone").withOperator("In")
                .withValues("us-east-1a").endMatchExpression().endPreference()
                .endPreferredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity()
                .withNewPodAntiAffinity().addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(10)
                .withNewPodAffinityTerm().withTopologyKey("kubernetes.io/hostname").withNewLabelSelector()
                .withMatchLabels(Rightsizing.WEB_LABELS).endLabelSelector().endPodAffinityTerm()
                .endPreferredDuringSchedulingIgnoredDuringExecution().endPodAntiAffinity()
                .build();
    }

    /** {@link Rightsizing#deployment} with the {@link #DEDICATED} toleration and {@link #ownAffinity()}. */
    public static Deployment placedDeployment(String name, int replicas) {
        return new DeploymentBuilder(Rightsizing.deployment(name, replicas)).editSpec().editTemplate().editSpec()
                .withTolerations(DEDICATED).withAffinity(ownAffinity()).endSpec().endTemplate().endSpec().build();
    }

    /** A PDB selecting the "web" pods with {@code app In [web]} and keeping {@code minAvailable} of them. */
    public static PodDisruptionBudget pdb(String name, int minAvailable) {
        return new PodDisruptionBudgetBuilder().withNewMetadata().withName(name)
                .withNamespace(OperatorHarness.NAMESPACE).endMetadata()
                .withNewSpec().withMinAvailable(new IntOrString(minAvailable)).withNewSelector()
                .addNewMatchExpression().withKey("app").withOperator("In").withValues("web").endMatchExpression()
                .endSelector().endSpec().build();
    }

    /** SPOT_INSTANCES with the schema's defaults (a dry run). */
    public static Consumer<CostOptimizationSpec> spot() {
        return s -> s.setOptimizationType(OptimizationTypeName.SPOT_INSTANCES);
    }

    /** SPOT_INSTANCES applied automatically, with the 0.8 minConfidence the rules ask of spot. */
    public static Consumer<CostOptimizationSpec> automaticSpot() {
        return spot().andThen(s -> {
            s.setDryRun(false);
            s.setAutoApply(true);
            s.setMinConfidence(0.8);
        });
    }

    public static List<Toleration> tolerations(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getTolerations();
    }

    public static Affinity affinity(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getAffinity();
    }

    public static Map<String, String> spotLabel() {
        return Map.of("node.provctl.io/capacity-type", "spot");
    }
}
