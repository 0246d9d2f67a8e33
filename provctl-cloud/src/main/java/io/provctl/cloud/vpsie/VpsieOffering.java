package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A plan VPSie sells: vCPUs, RAM in MB, disk in GB, the monthly price and the hourly price in USD.
 * An empty {@code datacenterId} means it is sold in every datacenter.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VpsieOffering(String id, String name, int cpu, int ram, int disk, BigDecimal price,
                            @JsonProperty("hourly_price") BigDecimal hourlyPrice, Boolean available,
                            @JsonProperty("datacenter_id") String datacenterId, String category) {

    public VpsieOffering {
        id = Objects.requireNonNull(id, "offering id");
        name = Objects.requireNonNullElse(name, id);
        price = Objects.requireNonNullElse(price, BigDecimal.ZERO);
        hourlyPrice = Objects.requireNonNullElse(hourlyPrice, BigDecimal.ZERO);
        available = Objects.requireNonNullElse(available, Boolean.TRUE);
        datacenterId = Objects.requireNonNullElse(datacenterId, "");
        category = Objects.requireNonNullElse(category, "");
    }

    public boolean soldIn(String datacenter) {
        return available && (datacenterId.isEmpty() || datacenterId.equals(datacenter));
    }
}
