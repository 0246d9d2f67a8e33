package io.provctl.model;

import java.util.Map;

/**
 * The {@code control_plane} block: {@code type} (managed or self-hosted), Kubernetes {@code version},
 * {@code ha}, the {@code identity} block and free-form provider {@code config} (canonical values).
 */
public record ControlPlaneSpec(String type, String version, boolean ha, IdentitySpec identity,
                               Map<String, Object> config) {

    public ControlPlaneSpec {
        config = Attributes.canonicalMap(config);
    }
}
