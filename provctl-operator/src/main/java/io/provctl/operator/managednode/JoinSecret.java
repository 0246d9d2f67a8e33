package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code kubeadm join} needs, read from a Secret with the keys {@code endpoint}, {@code token} and
 * {@code caCertHash}. {@link #toString()} hides the token so that it cannot reach a log by accident.
 */
public record JoinSecret(String endpoint, String token, String caCertHash) {

    static final List<String> KEYS = List.of("endpoint", "token", "caCertHash");

    /** The join data, or the reason the Secret cannot be used (never quoting its values). */
    public static Result from(Optional<Secret> secret, String name) {
        if (secret.isEmpty()) {
            return new Result.Missing("Secret " + name + " does not exist");
        }
        Map<String, String> data = Optional.ofNullable(secret.get().getData()).orElse(Map.of());
        Map<String, String> plain = Optional.ofNullable(secret.get().getStringData()).orElse(Map.of());
        List<String> absent = KEYS.stream().filter(k -> !data.containsKey(k) && !plain.containsKey(k)).toList();
        if (!absent.isEmpty()) {
            return new Result.Missing("Secret " + name + " lacks the keys " + String.join(", ", absent));
        }
        return new Result.Found(new JoinSecret(value(data, plain, "endpoint"), value(data, plain, "token"),
                value(data, plain, "caCertHash")));
    }

    private static String value(Map<String, String> data, Map<String, String> plain, String key) {
        return plain.containsKey(key) ? plain.get(key)
                : new String(Base64.getDecoder().decode(data.get(key)), StandardCharsets.UTF_8).trim();
    }

    @Override
    public String toString() {
        return "JoinSecret[endpoint=" + endpoint + ", token=(hidden), caCertHash=" + caCertHash + "]";
    }

    /** The join data, or why there is none. */
    public sealed interface Result {
        record Found(JoinSecret secret) implements Result {
        }

        record Missing(String reason) implements Result {
        }
    }
}
