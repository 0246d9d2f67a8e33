package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The body of {@code POST /vm}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CreateVmRequest(String name, String hostname, @JsonProperty("offering_id") String offeringId,
                              @JsonProperty("datacenter_id") String datacenterId,
                              @JsonProperty("os_image_id") String osImageId, String resourceIdentifier,
                              String notes, List<String> tags) {

    public CreateVmRequest {
        tags = List.copyOf(tags);
    }
}
