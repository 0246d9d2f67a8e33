package io.provctl.autoscaler.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PodRequestsTest {

    @Test
    void initContainersCountAsTheirLargestNotTheirSum() {
        Resources r = PodRequests.effective(
                List.of(Resources.of(100, 100), Resources.of(200, 50)),
                List.of(Resources.of(250, 10), Resources.of(50, 400)),
                // apps 300m + 150 bytes; largest init 250m and 400 bytes; max per resource, plus overhead
                Resources.of(10, 1));

        assertThat(r).isEqualTo(new Resources(310, 401, 0, 1));
    }

    @Test
    void aBarePodStillTakesOnePodSlot() {
        assertThat(PodInfo.builder("ns", "p").build().requests()).isEqualTo(new Resources(0, 0, 0, 1));
    }
}
