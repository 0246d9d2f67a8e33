package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Objects;

/** An operating system image VMs can be made from. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VpsieImage(String id, String name, String version, String distribution, Boolean available) {

    public VpsieImage {
        id = Objects.requireNonNull(id, "image id");
        name = Objects.requireNonNullElse(name, "");
        version = Objects.requireNonNullElse(version, "");
        distribution = Objects.requireNonNullElse(distribution, "");
        available = Objects.requireNonNullElse(available, Boolean.TRUE);
    }
}
