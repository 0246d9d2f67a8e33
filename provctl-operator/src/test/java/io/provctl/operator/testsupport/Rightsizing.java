package io.provctl.operator.testsupport;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.MetricsSource;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationSpec;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationTypeName;
import io.provctl.operator.api.v1alpha1.costoptimization.TargetKind;
import io.provctl.operator.api.v1alpha1.costoptimization.TargetWorkload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Factories for the rightsizing tests: a Deployment, CostOptimizations, pods, and a usage source. */
public final class Rightsizing {

    public static final Map<String, String> WEB_LABELS = Map.of("app", "web");

    private Rightsizing() {
    }

    /** {@code replicas} pods of one container "app" requesting 1 CPU and 1Gi, limited to 2 and 2Gi. */
    public static Deployment deployment(String name, int replicas) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(OperatorHarness.NAMESPACE)
                .withLabels(Map.of("team", "shop")).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(WEB_LABELS).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(WEB_LABELS).endMetadata()
                .withNewSpec().withContainers(new ContainerBuilder().withName("app").withImage("shop:1")
                        .withResources(resources("1", "1Gi", "2", "2Gi")).build()).endSpec()
                .endTemplate().endSpec().build();
    }

    public static ResourceRequirements resources(String cpu, String memory, String cpuLimit, String memoryLimit) {
        ResourceRequirements r = new ResourceRequirements();
        r.setRequests(Map.of("cpu", new Quantity(cpu), "memory", new Quantity(memory)));
        r.setLimits(Map.of("cpu", new Quantity(cpuLimit), "memory", new Quantity(memoryLimit)));
        return r;
    }

    /** A CostOptimization of the Deployment "web" with the schema's defaults, changed by {@code spec}. */
    public static CostOptimization costOptimization(String name, Consumer<CostOptimizationSpec> spec) {
        CostOptimization co = new CostOptimization();
        co.getMetadata().setName(name);
        co.getMetadata().setNamespace(OperatorHarness.NAMESPACE);
        TargetWorkload target = new TargetWorkload();
        target.setName("web");
        target.setKind(TargetKind.Deployment);
        CostOptimizationSpec s = new CostOptimizationSpec();
        s.setTargetWorkload(target);
        s.setOptimizationType(OptimizationTypeName.ALL);
        spec.accept(s);
        co.setSpec(s);
        return co;
    }

    /** Auto-apply with a 20 % cap: a 20 % reduction rates MEDIUM, which the default maxRiskLevel allows. */
    public static Consumer<CostOptimizationSpec> automatic() {
        return s -> {
            s.setDryRun(false);
            s.setAutoApply(true);
            s.setMaxChangePercent(20);
        };
    }

    /** A pod of "web" running the Deployment's current template, its container OOM-killed once. */
    public static Pod oomKilledPod(KubernetesClient client, String name) {
        Deployment d = client.apps().deployments().inNamespace(OperatorHarness.NAMESPACE).withName("web").get();
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(OperatorHarness.NAMESPACE)
                .withLabels(WEB_LABELS).endMetadata()
                .withSpec(d.getSpec().getTemplate().getSpec())
                .withNewStatus().withContainerStatuses(new ContainerStatusBuilder().withName("app").withRestartCount(1)
                        .withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137)
                        .endTerminated().endLastState().build()).endStatus()
                .build();
    }

    /**
     * Usage with a daily pattern: each of {@code pods} pods uses {@code dayMillicores} from 08:00 to 20:00
     * UTC and {@code nightMillicores} otherwise, one sample per query step, 300Mi throughout.
     */
    public static MetricsSource dailyUsage(int pods, double dayMillicores, double nightMillicores) {
        return query -> {
            List<CpuSample> cpu = new ArrayList<>();
            List<MemorySample> memory = new ArrayList<>();
            for (Instant t = query.start(); t.isBefore(query.end()); t = t.plus(query.step())) {
                int hour = t.atZone(java.time.ZoneOffset.UTC).getHour();
                double millicores = hour >= 8 && hour < 20 ? dayMillicores : nightMillicores;
                for (int p = 0; p < pods; p++) {
                    ContainerId id = new ContainerId("web-5d8f-" + p, "app");
                    cpu.add(new CpuSample(t, id, millicores));
                    memory.add(new MemorySample(t, id, 300 * 1024L * 1024L));
                }
            }
            return new WorkloadUsage(query, cpu, memory, List.of());
        };
    }

    /** Usage that answers every query with steady per-pod usage, one sample a minute, and counts queries. */
    public static final class SteadyUsage implements MetricsSource {
        private final int pods;
        private final double cpuMillicores;
        private final long memoryBytes;
        private final AtomicInteger queries = new AtomicInteger();

        public SteadyUsage(int pods, double cpuMillicores, long memoryBytes) {
            this.pods = pods;
            this.cpuMillicores = cpuMillicores;
            this.memoryBytes = memoryBytes;
        }

        public int queries() {
            return queries.get();
        }

        @Override
        public WorkloadUsage usage(UsageQuery query) {
            queries.incrementAndGet();
            List<CpuSample> cpu = new ArrayList<>();
            List<MemorySample> memory = new ArrayList<>();
            for (int p = 0; p < pods; p++) {
                ContainerId id = new ContainerId("web-5d8f-" + p, "app");
                for (Instant t = query.start(); t.isBefore(query.end()); t = t.plus(Duration.ofMinutes(1))) {
                    cpu.add(new CpuSample(t, id, cpuMillicores));
                    memory.add(new MemorySample(t, id, memoryBytes));
                }
            }
            return new WorkloadUsage(query, cpu, memory, List.of());
        }
    }
}
