package io.provctl.operator.provider;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.provider.ProviderException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Provider credentials read from a Secret, as environment-like values (key = variable name, e.g.
 * {@code VPSIE_CLIENT_ID}) for the provider factory. The values never appear in a log, an exception or
 * {@link #toString()}: only the keys do.
 */
public record SecretCredentials(Map<String, String> values) {

    public SecretCredentials {
        values = Map.copyOf(values);
    }

    /**
     * Reads every key of the Secret; {@code stringData} (as written, before the API server folds it into
     * {@code data}) wins over {@code data}.
     *
     * @throws ProviderException of kind AUTH when the Secret does not exist
     */
    public static SecretCredentials read(KubernetesClient client, String namespace, String name) {
        Secret secret = Optional.ofNullable(client.secrets().inNamespace(namespace).withName(name).get())
                .orElseThrow(() -> new ProviderException(ProviderException.Kind.AUTH,
                        "credentials Secret " + namespace + "/" + name + " not found"));
        Map<String, String> out = new TreeMap<>();
        Optional.ofNullable(secret.getData()).orElse(Map.of()).forEach((k, v) -> out.put(k, decode(v)));
        out.putAll(Optional.ofNullable(secret.getStringData()).orElse(Map.of()));
        return new SecretCredentials(out);
    }

    /** {@code env} with these values over it. */
    public Map<String, String> over(Map<String, String> env) {
        Map<String, String> merged = new TreeMap<>(env);
        merged.putAll(values);
        return merged;
    }

    @Override
    public String toString() {
        return "SecretCredentials" + values.keySet().stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
    }
}
