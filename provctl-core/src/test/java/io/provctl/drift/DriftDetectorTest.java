package io.provctl.drift;

import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.ResourceId;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderResource;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;
import io.provctl.testsupport.States;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static io.provctl.testsupport.Specs.cluster;
import static io.provctl.testsupport.Specs.pool;
import static org.assertj.core.api.Assertions.assertThat;

class DriftDetectorTest {

    static final ClusterSpec PROD = cluster("prod", pool("system", "local.small", 1, 3, 2));
    static final DesiredState DESIRED = DesiredState.of(List.of(PROD));
    static final StateView RECORDED = States.recorded(DESIRED);
    static final ResourceId POOL = ResourceId.pool("prod", "system");
    static final ResourceId CP = ResourceId.controlPlane("prod");
    static final ResourceId NETWORK = ResourceId.network("prod");
    static final ResourceId CLUSTER = ResourceId.cluster("prod");

    /** What a provider reports when nothing drifted: every recorded resource, tagged as the cloud tags it. */
    static List<ProviderResource> inSync(StateView recorded) {
        List<ProviderResource> out = new ArrayList<>();
        for (RecordedResource r : recorded.resources().values()) {
            Map<String, String> tags = new HashMap<>(Map.of(CloudProvider.RESOURCE_ID_TAG, r.id().address(),
                    "provctl.io/cluster", r.id().clusterName(), "team", "platform"));
            out.add(new ProviderResource(r.providerId(), r.id(), ProviderResource.LifecycleState.RUNNING,
                    r.attributes(), tags, Instant.EPOCH));
        }
        return out;
    }

    static List<ProviderResource> with(ResourceId id, UnaryOperator<ProviderResource> change) {
        return inSync(RECORDED).stream().map(p -> p.resourceId().equals(id) ? change.apply(p) : p).toList();
    }

    static ProviderResource attribute(ProviderResource p, String name, Object value) {
        TreeMap<String, Object> a = new TreeMap<>(p.attributes());
        a.put(name, value);
        return new ProviderResource(p.providerId(), p.resourceId(), p.state(), a, p.tags(), p.createdAt());
    }

    private static DriftReport detect(List<ProviderResource> actual) {
        return DriftDetector.detect(DESIRED, RECORDED, actual, States.CLOCK.instant());
    }

    private static Drift only(DriftReport report) {
        assertThat(report.drifts()).hasSize(1);
        return report.drifts().get(0);
    }

    @Test
    void nothingChangedIsNoDrift() {
        DriftReport report = detect(inSync(RECORDED));

        assertThat(report.hasDrift()).isFalse();
        assertThat(report.unapplied()).isEmpty();
        assertThat(report.highestSeverity()).isEmpty();
    }

    @Test
    void aScaleChangeIsMediumAndRemediable() {
        Drift d = only(detect(with(POOL, p -> attribute(p, "desired_size", 5))));

        assertThat(d.type()).isEqualTo(DriftType.SCALE_CHANGE);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(d.attribute()).contains("desired_size");
        assertThat(d.expected()).contains(new java.math.BigDecimal(2));
        assertThat(d.actual()).contains(new java.math.BigDecimal(5));
        assertThat(d.remediable()).isTrue();
    }

    @Test
    void anOlderVersionIsHighSkewThatAnUpgradeRemedies() {
        Drift d = only(detect(with(CP, p -> attribute(p, "version", "1.27"))));

        assertThat(d.type()).isEqualTo(DriftType.VERSION_SKEW);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.remediable()).isTrue();
    }

    @Test
    void aNewerVersionCannotBeRemediedBecauseKubernetesDoesNotDowngrade() {
        Drift d = only(detect(with(CP, p -> attribute(p, "version", "1.29"))));

        assertThat(d.type()).isEqualTo(DriftType.VERSION_SKEW);
        assertThat(d.remediable()).isFalse();
        assertThat(d.explanation()).contains("cannot be downgraded", "version = \"1.29\"");
    }

    @Test
    void aNatGatewayChangeIsHighNetworkDriftFixedInPlace() {
        Drift d = only(detect(with(NETWORK, p -> attribute(p, "nat_gateway", false))));

        assertThat(d.type()).isEqualTo(DriftType.NETWORK_CHANGE);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.remediable()).isTrue();
    }

    @Test
    void aCidrChangeWouldNeedAReplacementSoItIsNotRemediable() {
        Drift d = only(detect(with(NETWORK, p -> attribute(p, "vpc_cidr", "10.9.0.0/16"))));

        assertThat(d.type()).isEqualTo(DriftType.NETWORK_CHANGE);
        assertThat(d.remediable()).isFalse();
        assertThat(d.explanation()).contains("replacing cluster.prod.network");
    }

    @Test
    void identityAndTaintsAreSecurityDrift() {
        Drift identity = only(detect(with(CP, p -> attribute(p, "identity", Map.of("type", "oidc")))));
        Drift taints = only(detect(with(POOL, p -> attribute(p, "taints",
                List.of(Map.of("key", "k", "value", "v", "effect", "NoSchedule"))))));

        assertThat(identity.type()).isEqualTo(DriftType.SECURITY_CHANGE);
        assertThat(identity.severity()).isEqualTo(Severity.HIGH);
        assertThat(identity.remediable()).isTrue();
        assertThat(taints.type()).isEqualTo(DriftType.SECURITY_CHANGE);
    }

    @Test
    void exposingTheApiEndpointIsSecurityDriftThatNeedsAReplacement() {
        Drift d = only(detect(with(NETWORK, p -> attribute(p, "private_cluster", true))));

        assertThat(d.type()).isEqualTo(DriftType.SECURITY_CHANGE);
        assertThat(d.remediable()).isFalse();
    }

    @Test
    void aChangedTagIsLowConfigDriftButAnExtraTagIsIgnored() {
        Drift d = only(detect(with(CLUSTER, p -> {
            Map<String, String> tags = new HashMap<>(p.tags());
            tags.put("team", "mallory");
            tags.put("added-by-another-tool", "x");
            return new ProviderResource(p.providerId(), p.resourceId(), p.state(), p.attributes(), tags, p.createdAt());
        })));

        assertThat(d.type()).isEqualTo(DriftType.CONFIG_CHANGE);
        assertThat(d.severity()).isEqualTo(Severity.LOW);
        assertThat(d.attribute()).contains("tags.team");
        assertThat(d.expected()).contains("platform");
        assertThat(d.actual()).contains("mallory");
        assertThat(d.remediable()).isTrue();
    }

    @Test
    void labelsAreLowAndOtherConfigurationMedium() {
        Drift labels = only(detect(with(POOL, p -> attribute(p, "labels", Map.of("a", "b")))));
        Drift ha = only(detect(with(CP, p -> attribute(p, "ha", false))));

        assertThat(labels.severity()).isEqualTo(Severity.LOW);
        assertThat(ha.type()).isEqualTo(DriftType.CONFIG_CHANGE);
        assertThat(ha.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aDeletedClusterIsCriticalAndADeletedPoolHigh() {
        List<ProviderResource> without = inSync(RECORDED).stream()
                .filter(p -> !p.resourceId().equals(CLUSTER) && !p.resourceId().equals(POOL)).toList();

        DriftReport report = detect(without);

        assertThat(report.drifts()).extracting(Drift::id, Drift::type, Drift::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CLUSTER, DriftType.RESOURCE_DELETED, Severity.CRITICAL),
                org.assertj.core.groups.Tuple.tuple(POOL, DriftType.RESOURCE_DELETED, Severity.HIGH));
        assertThat(report.highestSeverity()).contains(Severity.CRITICAL);
        assertThat(report.remediable()).hasSize(2);
    }

    @Test
    void anUnknownTaggedResourceIsAddedDriftThatIsNeverRemediated() {
        ResourceId stray = ResourceId.pool("prod", "stray");
        List<ProviderResource> actual = new ArrayList<>(inSync(RECORDED));
        actual.add(new ProviderResource("ng-stray", stray, ProviderResource.LifecycleState.RUNNING, new TreeMap<>(),
                Map.of(CloudProvider.RESOURCE_ID_TAG, stray.address()), Instant.EPOCH));

        Drift d = only(detect(actual));

        assertThat(d.type()).isEqualTo(DriftType.RESOURCE_ADDED);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(d.remediable()).isFalse();
        assertThat(d.actual()).contains("ng-stray");
        assertThat(d.explanation()).contains("never deletes what it did not record");
    }

    @Test
    void configurationChangesNotYetAppliedAreListedApartFromDrift() {
        DesiredState bigger = DesiredState.of(List.of(cluster("prod", pool("system", "local.small", 1, 5, 4))));

        DriftReport report = DriftDetector.detect(bigger, RECORDED, inSync(RECORDED), Instant.EPOCH);

        assertThat(report.hasDrift()).isFalse();
        assertThat(report.unapplied()).containsExactly(POOL);
    }

    @Test
    void driftsComeMostSevereFirst() {
        List<ProviderResource> actual = new ArrayList<>(with(POOL, p -> attribute(p, "desired_size", 5)));
        actual.removeIf(p -> p.resourceId().equals(CLUSTER));

        DriftReport report = detect(actual);

        assertThat(report.drifts()).extracting(Drift::severity).containsExactly(Severity.CRITICAL, Severity.MEDIUM);
        assertThat(report.countByType()).containsEntry(DriftType.SCALE_CHANGE, 1L);
        assertThat(Optional.of(report.countBySeverity().get(Severity.CRITICAL))).contains(1L);
    }
}
