package io.provctl.cloud;

import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.vpsie.VpsieCloud;
import io.provctl.cloud.testsupport.FakeCatalog;
import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.model.ProviderSpec;
import io.provctl.model.SourcePosition;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvidersTest {

    @TempDir
    Path stateDir;

    private Providers providers(Map<String, String> env) {
        return new Providers(stateDir, MutableClock.at("2025-01-01T00:00:00Z"), new RecordingSleeper(),
                new FakeCatalog(), env);
    }

    @Test
    void servesLocalFromTheLocalCloudWithoutAnyFlag() {
        CloudProvider local = providers(Map.of()).provider("local", false);
        assertThat(local).isInstanceOf(LocalCloud.class);
        assertThat(local.name()).isEqualTo("local");
        assertThat(((LocalCloud) local).storeFile()).isEqualTo(stateDir.toAbsolutePath().resolve("local-cloud/cloud.json"));
    }

    @Test
    void simulatesARealProviderOnlyWhenAskedTo() {
        Providers providers = providers(Map.of());
        CloudProvider aws = providers.provider("aws", true);
        assertThat(aws).isInstanceOf(LocalCloud.class);
        assertThat(aws.name()).isEqualTo("aws");
        assertThat(providers.provider("aws", true)).isSameAs(aws);
    }

    @Test
    void saysWhichCredentialsARealProviderNeeds() {
        assertThatThrownBy(() -> providers(Map.of()).provider("aws", false))
                .isInstanceOfSatisfying(MissingCredentialsException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.AUTH))
                .hasMessage("provider \"aws\" needs credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
                        + " or AWS_PROFILE, or run with --cloud local to use the simulated cloud");
        assertThatThrownBy(() -> providers(Map.of("VPSIE_CLIENT_ID", "x")).provider("vpsie", false))
                .hasMessage("provider \"vpsie\" needs credentials: set VPSIE_TOKEN, or VPSIE_CLIENT_ID and"
                        + " VPSIE_CLIENT_SECRET, or run with --cloud local to use the simulated cloud");
    }

    @Test
    void checksTheVariablesAProviderBlockNames() {
        ProviderSpec spec = new ProviderSpec("gcp", Optional.empty(), Map.of("credentials", "MY_GCP_KEY"),
                SourcePosition.unknown("main.hcl"));
        assertThatThrownBy(() -> providers(Map.of("GOOGLE_APPLICATION_CREDENTIALS", "/k.json")).provider(spec, false))
                .hasMessageStartingWith("provider \"gcp\" needs credentials: set MY_GCP_KEY,");
    }

    @Test
    void saysTheAdapterIsNotInThisBuildWhenCredentialsArePresent() {
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", "AKIA", "AWS_SECRET_ACCESS_KEY", "secret");
        assertThatThrownBy(() -> providers(env).provider("aws", false))
                .isInstanceOf(AdapterUnavailableException.class)
                .hasMessage("provider \"aws\": this build of provctl has no aws adapter (its real adapter is vpsie);"
                        + " run with --cloud local to apply against the local cloud standing in for aws")
                .hasMessageNotContaining("secret");
    }

    @Test
    void vpsieWithCredentialsIsTheRealApiAndStillSimulatedWhenAsked() {
        Map<String, String> env = Map.of("VPSIE_CLIENT_ID", "id", "VPSIE_CLIENT_SECRET", "secret");
        Providers providers = providers(env);

        assertThat(providers.provider("vpsie", false)).isInstanceOf(VpsieCloud.class);
        assertThat(providers.provider("vpsie", true)).isInstanceOf(LocalCloud.class);
        assertThat(providers.livePrices(Optional.empty(), false)).isPresent();
        assertThat(providers.livePrices(Optional.empty(), true)).isEmpty();
        assertThat(providers(Map.of()).livePrices(Optional.empty(), false)).isEmpty();
    }

    @Test
    void theOperatorGetsNodeVmsFromVpsieAndTheLocalCloud() {
        Providers providers = providers(Map.of("VPSIE_CLIENT_ID", "id", "VPSIE_CLIENT_SECRET", "secret"));

        assertThat(providers.nodeProvider("vpsie", false)).isInstanceOf(io.provctl.cloud.vpsie.VpsieNodes.class);
        assertThat(providers.nodeProvider("local", false)).isInstanceOf(LocalCloud.class);
        assertThatThrownBy(() -> providers(Map.of()).nodeProvider("vpsie", false))
                .hasMessageContaining("provider \"vpsie\" needs credentials");
    }

    @Test
    void aVpsieBlockNamesItsOwnVariables() {
        ProviderSpec spec = new ProviderSpec("vpsie", Optional.empty(), Map.of("token", "TEAM_VPSIE_TOKEN"),
                SourcePosition.unknown("main.hcl"));

        assertThat(providers(Map.of("TEAM_VPSIE_TOKEN", "t")).provider(spec, false)).isInstanceOf(VpsieCloud.class);
        assertThatThrownBy(() -> providers(Map.of("VPSIE_TOKEN", "t")).provider(spec, false))
                .isInstanceOf(MissingCredentialsException.class).hasMessageContaining("TEAM_VPSIE_TOKEN");
    }

    @Test
    void refusesAnUnknownProvider() {
        assertThatThrownBy(() -> providers(Map.of()).provider("ibm", true))
                .hasMessage("unknown provider \"ibm\": provctl knows aws, azure, gcp, local, vpsie");
    }

    @Test
    void configuresTheSimulationFromTheEnvironment() {
        CloudProvider local = providers(Map.of("PROVCTL_LOCAL_FAILURE_RATE", "1")).provider("local", false);
        assertThatThrownBy(local::list).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.TRANSIENT));
    }
}
