package io.provctl.deploy;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/base/rbac.yaml against the API calls the operator makes: a table from code path to
 * permission that must match the rules exactly (nothing missing, nothing extra), and the requests a
 * running operator actually sent, each of which must be allowed.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class RbacCoverageTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @TempDir
    Path dir;

    /** One API permission: group ("" for core), resource (with subresource), verb. */
    record Permission(String group, String resource, String verb) {
    }

    /** The code that needs each permission. Cluster-wide unless it is in LEASE_NAMESPACE_ONLY. */
    private static final List<Object[]> CALLS = List.of(
            row("NodeGroupReconciler primary informer", "autoscaling.provctl.io", "nodegroups", "list", "watch"),
            row("ManagedNodeReconciler reads its group; framework re-reads", "autoscaling.provctl.io", "nodegroups", "get"),
            row("framework adds and removes the NodeGroup finalizer", "autoscaling.provctl.io", "nodegroups", "patch", "update"),
            row("ManagedNodeReconciler primary informer, NodeGroupReconciler secondary informer; rightsizing WorkloadNodes",
                    "autoscaling.provctl.io", "managednodes", "get", "list", "watch"),
            row("NodeGroupReconciler scale-up", "autoscaling.provctl.io", "managednodes", "create"),
            row("NodeGroupReconciler scale-down and group deletion, NodeLifecycle.failed TTL",
                    "autoscaling.provctl.io", "managednodes", "delete"),
            row("framework adds and removes the ManagedNode finalizer", "autoscaling.provctl.io", "managednodes", "patch", "update"),
            row("StatusPatcher and the framework's status writes", "autoscaling.provctl.io", "nodegroups/status", "patch", "update"),
            row("StatusPatcher and the framework's status writes", "autoscaling.provctl.io", "managednodes/status", "patch", "update"),
            row("SettingsSource.fromCluster", "autoscaling.provctl.io", "autoscalerconfigs", "get"),
            row("ManagedNodeReconciler Node informer", "", "nodes", "list", "watch"),
            row("NodeLifecycle.applyLabelsAndTaints (edit = get + patch), Drainer cordon/uncordon; rightsizing WorkloadNodes "
                    + "reads the nodes of a workload's pods", "", "nodes", "get", "patch"),
            row("NodeLifecycle deletes the Node", "", "nodes", "delete"),
            row("Drainer lists pods on the node and all pods for budgets", "", "pods", "list"),
            row("autoscaler ClusterReader informer", "", "pods", "list", "watch"),
            row("Drainer.evict", "", "pods/eviction", "create"),
            row("Drainer reads PodDisruptionBudgets", "policy", "poddisruptionbudgets", "list"),
            row("autoscaler ClusterReader informer", "policy", "poddisruptionbudgets", "list", "watch"),
            row("NodeLifecycle.create reads the join Secret", "", "secrets", "get"),
            row("EventRecorder", "", "events", "create"),
            row("CostOptimizationReconciler primary informer; framework finalizer", "optimization.provctl.io",
                    "costoptimizations", "get", "list", "watch", "patch", "update"),
            row("rightsizing StatusWriter and the framework's status writes", "optimization.provctl.io",
                    "costoptimizations/status", "patch", "update"),
            row("Workloads reads, WorkloadWriter edits (get + patch) the target workload", "apps", "deployments", "get", "patch"),
            row("Workloads reads, WorkloadWriter edits (get + patch) the target workload", "apps", "statefulsets", "get", "patch"),
            row("Workloads reads, WorkloadWriter edits (get + patch) the target workload", "apps", "daemonsets", "get", "patch"),
            row("RollbackStateStore keeps the original resources; PriorityConfigMap reads the expander's (get)", "", "configmaps", "get", "create", "update", "delete"),
            row("Workloads checks for a HorizontalPodAutoscaler", "autoscaling", "horizontalpodautoscalers", "list"),
            row("PodMetricsSampler reads metrics-server's PodMetrics per namespace", "metrics.k8s.io", "pods", "list"),
            row("leader election LeaseLock (Role in provctl-system)", "coordination.k8s.io", "leases", "get", "create", "update"));

    private static Object[] row(String code, String group, String resource, String... verbs) {
        return new Object[] {code, group, resource, verbs};
    }

    private static Set<Permission> table() {
        Set<Permission> all = new HashSet<>();
        for (Object[] row : CALLS) {
            for (String verb : (String[]) row[3]) {
                all.add(new Permission((String) row[1], (String) row[2], verb));
            }
        }
        return all;
    }

    @Test
    void theRulesGrantExactlyTheTable() {
        Rendered base = Rendered.kustomize(Tools.DEPLOY.resolve("base"));
        Set<Permission> granted = new HashSet<>(expand(base.one(ClusterRole.class).getRules()));
        Set<Permission> leases = expand(base.one(Role.class).getRules());
        assertThat(leases).allMatch(p -> p.resource().equals("leases"));
        granted.addAll(leases);
        assertThat(granted).as("granted but needed by no code in the table").isSubsetOf(table());
        assertThat(table()).as("needed by the code but not granted").isSubsetOf(granted);
        boundToThePodsAccount(base, "provctl-system");
    }

    /** Both roles are bound to the ServiceAccount the Deployment's pods run as, in their namespace. */
    static void boundToThePodsAccount(Rendered r, String namespace) {
        String account = r.deployment().getSpec().getTemplate().getSpec().getServiceAccountName();
        assertThat(r.all(io.fabric8.kubernetes.api.model.ServiceAccount.class)).extracting(a -> a.getMetadata().getName())
                .containsExactly(account);
        ClusterRoleBinding cluster = r.one(ClusterRoleBinding.class);
        assertThat(cluster.getRoleRef().getName()).isEqualTo(r.one(ClusterRole.class).getMetadata().getName());
        assertThat(cluster.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getName()).isEqualTo(account);
            assertThat(s.getNamespace()).isEqualTo(namespace);
        });
        RoleBinding lease = r.one(RoleBinding.class);
        assertThat(lease.getRoleRef().getName()).isEqualTo(r.one(Role.class).getMetadata().getName());
        assertThat(lease.getSubjects()).singleElement().satisfies(s -> assertThat(s.getName()).isEqualTo(account));
    }

    @Test
    void everyRequestOfARunningOperatorIsGranted() throws Exception {
        RunningOperator.Run run = RunningOperator.drive(client, server, dir);
        assertThat(run.requests()).as("requests sent by the operator").hasSizeGreaterThan(10);
        Set<Permission> seen = new HashSet<>();
        for (RecordedRequest r : run.requests()) {
            seen.add(permission(r.getMethod(), r.getPath()));
        }
        assertThat(table()).as("requests no rule allows").containsAll(seen);
        // The scenario reaches the main paths, so a renamed resource or a new call cannot slip through.
        assertThat(seen).contains(new Permission("autoscaling.provctl.io", "managednodes", "create"),
                new Permission("autoscaling.provctl.io", "managednodes", "watch"),
                new Permission("autoscaling.provctl.io", "autoscalerconfigs", "get"),
                new Permission("", "secrets", "get"),
                new Permission("", "events", "create"));
    }

    private static Set<Permission> expand(List<PolicyRule> rules) {
        Set<Permission> all = new HashSet<>();
        for (PolicyRule rule : rules) {
            for (String group : rule.getApiGroups()) {
                for (String resource : rule.getResources()) {
                    for (String verb : rule.getVerbs()) {
                        assertThat(verb).as("no wildcards").isNotEqualTo("*");
                        all.add(new Permission(group, resource, verb));
                    }
                }
            }
        }
        return all;
    }

    /** The RBAC permission a request needs, as the API server's request-info resolver derives it. */
    static Permission permission(String method, String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        List<String> parts = Arrays.stream(uri.getPath().split("/")).filter(s -> !s.isEmpty()).toList();
        String group;
        int i;
        if (parts.get(0).equals("api")) {
            group = "";
            i = 2;
        } else {
            group = parts.get(1);
            i = 3;
        }
        if (parts.size() > i + 2 && parts.get(i).equals("namespaces")) {
            i += 2;
        }
        String resource = parts.get(i);
        boolean named = parts.size() > i + 1;
        if (parts.size() > i + 2) {
            resource = resource + "/" + parts.get(i + 2);
        }
        boolean watch = uri.getQuery() != null && uri.getQuery().contains("watch=true");
        String verb = switch (method) {
            case "GET" -> watch ? "watch" : named ? "get" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> throw new AssertionError("unexpected method " + method + " " + pathAndQuery);
        };
        return new Permission(group, resource, verb);
    }
}
