package io.provctl.model;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code provider "<name>" { … }} block: default region and credentials, named only by the
 * environment variables that hold them (a secret is never written in a configuration file).
 */
public record ProviderSpec(String name, Optional<String> region, Map<String, String> credentialEnv,
                           SourcePosition position) {

    public ProviderSpec {
        credentialEnv = Map.copyOf(credentialEnv);
    }
}
