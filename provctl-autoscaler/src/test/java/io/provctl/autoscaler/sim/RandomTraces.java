package io.provctl.autoscaler.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded random traces: same seed, same trace. */
final class RandomTraces {

    private RandomTraces() {
    }

    static Trace of(long seed, int pods, Duration span) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TracePod> list = new ArrayList<>();
        for (int i = 0; i < pods; i++) {
            long submit = random.nextLong(span.toMillis() / 1000) * 1000;
            long duration = (1 + random.nextLong(3600)) * 1000;
            long cpu = 50 + random.nextLong(1950);
            long memory = 64 + random.nextLong(6000);
            list.add(new TracePod("default", "p" + i, submit, duration, cpu, memory, Map.of(), 0, i + 2));
        }
        return new Trace(list);
    }
}
