package io.provctl.cloud.vpsie;

import java.util.Map;
import java.util.Optional;

/**
 * What VPSie accepts as proof of identity: a ready access token, or a client ID and secret exchanged
 * for tokens. The operator builds these from a Kubernetes Secret; the CLI from the environment.
 * {@code toString} never shows a secret.
 */
public sealed interface VpsieCredentials {

    /** A token issued out of band; it cannot be refreshed, so a 401 is final. */
    record StaticToken(String token) implements VpsieCredentials {
        public StaticToken {
            requireText(token, "token");
        }

        @Override
        public String toString() {
            return "StaticToken[***]";
        }
    }

    /** API client credentials, exchanged at {@code POST /auth/from/api}. */
    record ClientCredentials(String clientId, String clientSecret) implements VpsieCredentials {
        public ClientCredentials {
            requireText(clientId, "clientId");
            requireText(clientSecret, "clientSecret");
        }

        @Override
        public String toString() {
            return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /**
     * Credentials from variables: a token wins over a client ID and secret.
     *
     * @param names the variable holding each of {@code token}, {@code client_id}, {@code client_secret}
     */
    static Optional<VpsieCredentials> from(Map<String, String> env, VariableNames names) {
        Optional<String> token = value(env, names.token());
        if (token.isPresent()) {
            return Optional.of(new StaticToken(token.get()));
        }
        Optional<String> id = value(env, names.clientId());
        Optional<String> secret = value(env, names.clientSecret());
        if (id.isPresent() && secret.isPresent()) {
            return Optional.of(new ClientCredentials(id.get(), secret.get()));
        }
        return Optional.empty();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("VPSie " + what + " is empty");
        }
    }

    /** The variables that hold each credential and the API URL. */
    record VariableNames(String token, String clientId, String clientSecret, String url) {

        public static VariableNames defaults() {
            return new VariableNames("VPSIE_TOKEN", "VPSIE_CLIENT_ID", "VPSIE_CLIENT_SECRET", "VPSIE_API_URL");
        }

        /** The defaults, with the names a {@code provider "vpsie"} block gives replacing them. */
        public static VariableNames of(Map<String, String> credentialEnv) {
            VariableNames d = defaults();
            return new VariableNames(credentialEnv.getOrDefault("token", d.token),
                    credentialEnv.getOrDefault("client_id", d.clientId),
                    credentialEnv.getOrDefault("client_secret", d.clientSecret),
                    credentialEnv.getOrDefault("url", d.url));
        }
    }
}
