package io.provctl.model;

import java.util.List;

/** The {@code identity} block of the control plane (for example OIDC with service accounts). */
public record IdentitySpec(String type, List<String> serviceAccounts) {

    public IdentitySpec {
        serviceAccounts = List.copyOf(serviceAccounts);
    }

    public static IdentitySpec none() {
        return new IdentitySpec("none", List.of());
    }
}
