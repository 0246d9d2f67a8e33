package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The body of {@code POST /vm}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CreateVmRequest(String name, String hostname, @JsonProperty("offering_id") String offeringId,
                              @JsonProperty("datacenter_id") String datacenterId,
                              @JsonProperty("os_image_id") String osImageId, String resourceIdentifier,
                              String notes, List<String> tags, @JsonProperty("user_data") String userData) {

    public CreateVmRequest {
        tags = List.copyOf(tags);
    }

    /** A request with no user data (the VMs of plan and apply need none). */
    public CreateVmRequest(String name, String hostname, String offeringId, String datacenterId, String osImageId,
                           String resourceIdentifier, String notes, List<String> tags) {
        this(name, hostname, offeringId, datacenterId, osImageId, resourceIdentifier, notes, tags, "");
    }
}
