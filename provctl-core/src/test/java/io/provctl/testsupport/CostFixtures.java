package io.provctl.testsupport;

import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;
import io.provctl.model.TaintSpec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cluster and pool specs for cost tests, built directly (the HCL loader is not needed). */
public final class CostFixtures {

    public static final SourcePosition POS = SourcePosition.unknown("test.hcl");

    private CostFixtures() {
    }

    public static PoolSpec pool(String name, String type, int min, int max, int desired) {
        return new PoolSpec(name, type, min, max, desired, SpotSpec.disabled(), Map.of(), List.of(), Map.of(), POS);
    }

    public static PoolSpec spotPool(String name, String type, int min, int max, int desired) {
        return new PoolSpec(name, type, min, max, desired, new SpotSpec(true, Optional.empty()), Map.of(), List.of(),
                Map.of(), POS);
    }

    public static PoolSpec withLabels(PoolSpec p, Map<String, String> labels) {
        return new PoolSpec(p.name(), p.instanceType(), p.minSize(), p.maxSize(), p.desiredSize(), p.spot(), labels,
                p.taints(), p.config(), p.position());
    }

    public static PoolSpec withConfig(PoolSpec p, Map<String, Object> config) {
        return new PoolSpec(p.name(), p.instanceType(), p.minSize(), p.maxSize(), p.desiredSize(), p.spot(),
                p.labels(), p.taints(), config, p.position());
    }

    public static PoolSpec withTaint(PoolSpec p, String key) {
        return new PoolSpec(p.name(), p.instanceType(), p.minSize(), p.maxSize(), p.desiredSize(), p.spot(),
                p.labels(), List.of(new TaintSpec(key, "true", "NoSchedule")), p.config(), p.position());
    }

    /** A cluster without control plane fee or network cost, so a test sees only its pools. */
    public static ClusterSpec bare(String name, String provider, String region, PoolSpec... pools) {
        return new ClusterSpec(name, provider, region, new NetworkSpec("10.0.0.0/16", List.of(), false, false),
                new ControlPlaneSpec("self-hosted", "1.28", false, IdentitySpec.none(), Map.of()), List.of(pools),
                Map.of(), POS);
    }

    public static ClusterSpec managed(String name, String provider, String region, List<String> zones, boolean nat,
                                      Map<String, Object> controlPlaneConfig, PoolSpec... pools) {
        return new ClusterSpec(name, provider, region, new NetworkSpec("10.0.0.0/16", zones, nat, false),
                new ControlPlaneSpec("managed", "1.28", true, IdentitySpec.none(), controlPlaneConfig),
                List.of(pools), Map.of("Team", "platform"), POS);
    }

    /** The cluster of examples/original-aws.hcl, as the loader will produce it. */
    public static ClusterSpec originalAws() {
        PoolSpec system = withLabels(pool("system", "t3.medium", 3, 6, 3), Map.of("workload", "system", "tier", "control"));
        PoolSpec general = withLabels(pool("general", "t3.large", 5, 20, 10), Map.of("workload", "general"));
        PoolSpec spot = new PoolSpec("compute-spot", "c5.2xlarge", 0, 50, 0,
                new SpotSpec(true, Optional.of(new BigDecimal("0.15"))),
                Map.of("workload", "compute-intensive", "spot", "true"),
                List.of(new TaintSpec("spot", "true", "NoSchedule")), Map.of(), POS);
        return managed("production-eks", "aws", "us-west-2", List.of("us-west-2a", "us-west-2b", "us-west-2c"),
                true, Map.of(), system, general, spot);
    }

    /** The cluster of examples/original-azure.hcl. */
    public static ClusterSpec originalAzure() {
        PoolSpec system = withLabels(pool("system", "Standard_D2s_v3", 3, 5, 3),
                Map.of("kubernetes.azure.com/mode", "system"));
        PoolSpec app = withConfig(withLabels(pool("application", "Standard_D4s_v3", 5, 20, 10),
                Map.of("workload", "application")), Map.of("enable_auto_scaling", true));
        PoolSpec batch = new PoolSpec("batch-spot", "Standard_F8s_v2", 0, 30, 0, new SpotSpec(true, Optional.empty()),
                Map.of("workload", "batch-processing", "spot", "true"),
                List.of(new TaintSpec("batch", "true", "NoSchedule")), Map.of(), POS);
        return managed("production-aks", "azure", "eastus", List.of("1", "2", "3"), false,
                Map.of("network_plugin", "azure", "network_policy", "calico", "load_balancer_sku", "standard"),
                system, app, batch);
    }
}
