package io.provctl.cloud;

import io.provctl.model.ProviderSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The environment variables a real provider needs, as alternatives: any one complete set will do
 * (an access key pair or a profile for AWS; a token or a client ID and secret for VPSie). A
 * {@code provider} block that names its own variables replaces the defaults.
 */
record ProviderCredentials(String provider, List<List<String>> alternatives) {

    ProviderCredentials {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    static ProviderCredentials defaultsFor(String provider) {
        return new ProviderCredentials(provider, switch (provider) {
            case "aws" -> List.of(List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"), List.of("AWS_PROFILE"));
            case "azure" -> List.of(List.of("AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_TENANT_ID",
                    "AZURE_SUBSCRIPTION_ID"));
            case "gcp" -> List.of(List.of("GOOGLE_APPLICATION_CREDENTIALS"));
            case "vpsie" -> List.of(List.of("VPSIE_TOKEN"), List.of("VPSIE_CLIENT_ID", "VPSIE_CLIENT_SECRET"));
            default -> List.of();
        });
    }

    /** The block's own variables when it names any, the provider's defaults otherwise. */
    static ProviderCredentials of(ProviderSpec spec) {
        if (spec.credentialEnv().isEmpty()) {
            return defaultsFor(spec.name());
        }
        return new ProviderCredentials(spec.name(), List.of(spec.credentialEnv().values().stream().sorted().toList()));
    }

    /** True when every variable of at least one alternative is set and not blank. */
    boolean presentIn(Map<String, String> env) {
        return alternatives.stream().anyMatch(set -> set.stream()
                .allMatch(name -> Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).isPresent()));
    }

    /** "A and B, or C": what the user must set. */
    String describe() {
        return alternatives.stream().map(set -> String.join(" and ", set)).collect(Collectors.joining(", or "));
    }
}
