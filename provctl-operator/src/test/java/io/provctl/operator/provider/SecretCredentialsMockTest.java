package io.provctl.operator.provider;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.provider.ProviderException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnableKubernetesMockClient(crud = true, https = false)
class SecretCredentialsMockTest {

    KubernetesClient client;

    @Test
    void readsDataAndStringDataAsEnvironmentValuesAndNeverShowsThem() {
        client.secrets().inNamespace("provctl-system").resource(new SecretBuilder().withNewMetadata()
                .withName("vpsie").endMetadata()
                .withData(Map.of("VPSIE_CLIENT_ID", base64("id-123"), "VPSIE_CLIENT_SECRET", base64("s3cr3t")))
                .withStringData(Map.of("VPSIE_API_URL", "https://api.example"))
                .build()).create();

        SecretCredentials credentials = SecretCredentials.read(client, "provctl-system", "vpsie");

        assertThat(credentials.values()).containsExactlyInAnyOrderEntriesOf(Map.of("VPSIE_CLIENT_ID", "id-123",
                "VPSIE_CLIENT_SECRET", "s3cr3t", "VPSIE_API_URL", "https://api.example"));
        assertThat(credentials.over(Map.of("HOME", "/root", "VPSIE_CLIENT_ID", "from-env")))
                .containsEntry("HOME", "/root").containsEntry("VPSIE_CLIENT_ID", "id-123");
        assertThat(credentials.toString()).contains("VPSIE_CLIENT_SECRET").doesNotContain("s3cr3t", "id-123");
    }

    @Test
    void aMissingSecretIsAnAuthErrorThatNamesIt() {
        assertThatThrownBy(() -> SecretCredentials.read(client, "provctl-system", "absent"))
                .isInstanceOf(ProviderException.class)
                .hasMessage("credentials Secret provctl-system/absent not found")
                .satisfies(e -> assertThat(((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.AUTH));
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
