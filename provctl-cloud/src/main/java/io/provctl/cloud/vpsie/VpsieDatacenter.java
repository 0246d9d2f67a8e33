package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Locale;
import java.util.Objects;

/** A VPSie datacenter; a provctl {@code region} names one by code, name or ID. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VpsieDatacenter(String id, String name, String code, String country, String city, Boolean available) {

    public VpsieDatacenter {
        id = Objects.requireNonNull(id, "datacenter id");
        name = Objects.requireNonNullElse(name, "");
        code = Objects.requireNonNullElse(code, "");
        country = Objects.requireNonNullElse(country, "");
        city = Objects.requireNonNullElse(city, "");
        available = Objects.requireNonNullElse(available, Boolean.TRUE);
    }

    public boolean isCalled(String region) {
        String r = region.toLowerCase(Locale.ROOT);
        return r.equals(id.toLowerCase(Locale.ROOT)) || r.equals(code.toLowerCase(Locale.ROOT))
                || r.equals(name.toLowerCase(Locale.ROOT));
    }

    /** The name prices are keyed by: the code, or the ID when VPSie gives no code. */
    public String region() {
        return code.isEmpty() ? id : code.toLowerCase(Locale.ROOT);
    }
}
