package io.provctl.rightsizing;

import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The first and last sample time of a container and how many distinct times it was sampled at, which
 * is what its confidence rests on. Counted on a sorted array of epoch milliseconds: a month of
 * 1-minute samples is 43,200 times per container, too many to box into a set for every analysis.
 */
record SampleTimes(Optional<Instant> first, Optional<Instant> last, long distinct) {

    static SampleTimes of(List<CpuSample> cpu, List<MemorySample> memory) {
        long[] millis = new long[cpu.size() + memory.size()];
        int i = 0;
        for (CpuSample s : cpu) {
            millis[i++] = s.at().toEpochMilli();
        }
        for (MemorySample s : memory) {
            millis[i++] = s.at().toEpochMilli();
        }
        if (millis.length == 0) {
            return new SampleTimes(Optional.empty(), Optional.empty(), 0);
        }
        Arrays.sort(millis);
        long distinct = 1;
        for (int k = 1; k < millis.length; k++) {
            if (millis[k] != millis[k - 1]) {
                distinct++;
            }
        }
        return new SampleTimes(Optional.of(Instant.ofEpochMilli(millis[0])),
                Optional.of(Instant.ofEpochMilli(millis[millis.length - 1])), distinct);
    }
}
