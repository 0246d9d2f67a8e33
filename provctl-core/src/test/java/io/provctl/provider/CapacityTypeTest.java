package io.provctl.provider;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapacityTypeTest {

    @Test
    void labelsParseBackAndUnknownOnesAreNamed() {
        assertThat(CapacityType.parse("spot")).isEqualTo(CapacityType.SPOT);
        assertThat(CapacityType.parse(" On-Demand ")).isEqualTo(CapacityType.ON_DEMAND);
        assertThat(CapacityType.SPOT.label()).isEqualTo("spot");
        assertThat(CapacityType.ON_DEMAND.label()).isEqualTo("on-demand");
        assertThatThrownBy(() -> CapacityType.parse("preemptible"))
                .hasMessage("unknown capacity type \"preemptible\": expected on-demand or spot");
    }

    @Test
    void requestsAreOnDemandUnlessToldAndShowTheirCapacity() {
        NodeRequest request = new NodeRequest("web-1", "local.small", "local-1", Map.of(), "secret");
        assertThat(request.capacity()).isEqualTo(CapacityType.ON_DEMAND);
        NodeRequest spot = request.withCapacity(CapacityType.SPOT);
        assertThat(spot.capacity()).isEqualTo(CapacityType.SPOT);
        assertThat(spot.toString()).contains("capacity=spot").doesNotContain("secret");
    }

    @Test
    void spotRefusalIsItsOwnKindAndNotRetried() {
        ProviderException e = ProviderException.spotUnavailable("no spot capacity for local.small");
        assertThat(e.kind()).isEqualTo(ProviderException.Kind.SPOT_UNAVAILABLE);
        assertThat(e.retryable()).isFalse();
    }
}
