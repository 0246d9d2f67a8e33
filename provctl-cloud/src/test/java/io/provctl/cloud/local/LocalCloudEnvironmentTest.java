package io.provctl.cloud.local;

import io.provctl.provider.ProviderException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCloudEnvironmentTest {

    @Test
    void keepsTheDefaultsWhenNothingIsSet() {
        assertThat(LocalCloudEnvironment.read(Map.of("PATH", "/bin"))).isEqualTo(LocalCloudConfig.defaults());
    }

    @Test
    void readsEveryVariable() {
        LocalCloudConfig c = LocalCloudEnvironment.read(Map.of(
                "PROVCTL_LOCAL_LATENCY_MS", "120",
                "PROVCTL_LOCAL_FAILURE_RATE", "0.2",
                "PROVCTL_LOCAL_FAIL_OPS", "create, Update",
                "PROVCTL_LOCAL_RATE_LIMIT", "5",
                "PROVCTL_LOCAL_CRASH_AFTER", "3",
                "PROVCTL_LOCAL_CRASH_MODE", "halt",
                "PROVCTL_LOCAL_SEED", "99",
                "PROVCTL_LOCAL_MAX_VCPUS", "64",
                "PROVCTL_LOCAL_MAX_NODES", "10",
                "PROVCTL_LOCAL_SPOT_UNAVAILABLE", "true"));

        assertThat(c.latency()).isEqualTo(Duration.ofMillis(120));
        assertThat(c.failureRate()).isEqualTo(0.2);
        assertThat(c.failOps()).isEqualTo(EnumSet.of(Operation.CREATE, Operation.UPDATE));
        assertThat(c.rateLimitPerSecond()).isEqualTo(OptionalInt.of(5));
        assertThat(c.crashAfter()).isEqualTo(OptionalInt.of(3));
        assertThat(c.crashMode()).isEqualTo(CrashMode.HALT);
        assertThat(c.seed()).isEqualTo(OptionalLong.of(99));
        assertThat(c.quota()).isEqualTo(new Quota(OptionalInt.of(64), OptionalInt.of(10)));
        assertThat(c.spotAvailable()).isFalse();
        assertThat(LocalCloudConfig.defaults().spotAvailable()).isTrue();
        assertThat(LocalCloudEnvironment.read(Map.of("PROVCTL_LOCAL_SPOT_UNAVAILABLE", "0")).spotAvailable()).isTrue();
    }

    @Test
    void namesTheVariableWhoseValueCannotBeUsed() {
        assertThatThrownBy(() -> LocalCloudEnvironment.read(Map.of("PROVCTL_LOCAL_FAILURE_RATE", "1.5")))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.INVALID))
                .hasMessage("PROVCTL_LOCAL_FAILURE_RATE must be a number between 0 and 1, got '1.5'");
        assertThatThrownBy(() -> LocalCloudEnvironment.read(Map.of("PROVCTL_LOCAL_FAIL_OPS", "create,explode")))
                .hasMessage("PROVCTL_LOCAL_FAIL_OPS must be a comma-separated list of create, update, delete, find,"
                        + " list, got 'create,explode'");
        assertThatThrownBy(() -> LocalCloudEnvironment.read(Map.of("PROVCTL_LOCAL_CRASH_AFTER", "0")))
                .hasMessageStartingWith("PROVCTL_LOCAL_CRASH_AFTER must be a positive whole number");
        assertThatThrownBy(() -> LocalCloudEnvironment.read(Map.of("PROVCTL_LOCAL_LATENCY_MS", "-5")))
                .hasMessageStartingWith("PROVCTL_LOCAL_LATENCY_MS");
        assertThatThrownBy(() -> LocalCloudEnvironment.read(Map.of("PROVCTL_LOCAL_SPOT_UNAVAILABLE", "yes")))
                .hasMessage("PROVCTL_LOCAL_SPOT_UNAVAILABLE must be 1, true, 0 or false, got 'yes'");
    }
}
