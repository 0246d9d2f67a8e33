package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A VPS as VPSie reports it (RAM in MB, disk in GB); absent text fields read as empty. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VpsieVm(long id, String identifier, String name, String hostname, String status, int cpu, int ram,
                      int ssd, @JsonProperty("default_ip") String defaultIp,
                      @JsonProperty("boxsize_id") String offeringId,
                      @JsonProperty("datacenter_id") String datacenterId, List<String> tags, String notes,
                      @JsonProperty("created_on") String createdOn) {

    public VpsieVm {
        identifier = Objects.requireNonNullElse(identifier, "");
        name = Objects.requireNonNullElse(name, "");
        hostname = Objects.requireNonNullElse(hostname, "");
        status = Objects.requireNonNullElse(status, "");
        defaultIp = Objects.requireNonNullElse(defaultIp, "");
        offeringId = Objects.requireNonNullElse(offeringId, "");
        datacenterId = Objects.requireNonNullElse(datacenterId, "");
        tags = tags == null ? List.of() : List.copyOf(tags);
        notes = Objects.requireNonNullElse(notes, "");
        createdOn = Objects.requireNonNullElse(createdOn, "");
    }

    public boolean running() {
        return status.equalsIgnoreCase("running");
    }

    /** When VPSie made the VM (RFC 3339 or "yyyy-MM-dd HH:mm:ss" UTC); {@code clock}'s now when unreadable. */
    public java.time.Instant createdAt(java.time.Clock clock) {
        try {
            return java.time.OffsetDateTime.parse(createdOn).toInstant();
        } catch (RuntimeException e) {
            try {
                return java.time.LocalDateTime.parse(createdOn.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
            } catch (RuntimeException unparseable) {
                return clock.instant();
            }
        }
    }

    /** The value of a {@code key=value} tag. */
    public Optional<String> tag(String key) {
        String prefix = key + "=";
        return tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).findFirst();
    }
}
