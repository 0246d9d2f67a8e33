package io.provctl.rightsizing;

import io.provctl.rightsizing.histogram.DecayingHistogram;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The usage history of one container name across the workload's pods: a decaying histogram of CPU
 * samples, one of memory peaks, and how much history there is.
 */
record ContainerHistory(String container, DecayingHistogram cpu, DecayingHistogram memoryPeaks,
                        Optional<Instant> first, Optional<Instant> last, long distinctSampleTimes,
                        int oomKills) {

    Confidence confidence(Duration step) {
        if (first.isEmpty() || last.isEmpty()) {
            return Confidence.none();
        }
        return Confidence.of(first.get(), last.get(), distinctSampleTimes, step);
    }

    boolean hasData() {
        return !cpu.isEmpty() && !memoryPeaks.isEmpty();
    }
}
