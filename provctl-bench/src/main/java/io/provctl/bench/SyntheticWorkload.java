package io.provctl.bench;

import io.provctl.autoscaler.sim.Trace;
import io.provctl.autoscaler.sim.TracePod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded workload trace with a daily rhythm: submissions follow 1 + 0.8·sin over the day (busy
 * afternoons, quiet nights), durations are exponential around 30 minutes (30 s to 6 h), requests are
 * mostly small with a tail of large pods. Same seed, same trace.
 */
final class SyntheticWorkload {

    private static final long DAY = 86_400_000L;
    private static final long[] CPU = {100, 100, 250, 250, 250, 500, 500, 1000, 2000};
    private static final long[] MIB_PER_CORE = {1024, 2048, 4096};

    private SyntheticWorkload() {
    }

    static Trace trace(long seed, int pods, int days) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TracePod> list = new ArrayList<>(pods);
        long span = days * DAY;
        while (list.size() < pods) {
            long submit = random.nextLong(span);
            double rate = (1 + 0.8 * Math.sin(2 * Math.PI * (submit % DAY) / DAY)) / 1.8;
            if (random.nextDouble() >= rate) {
                continue;
            }
            long duration = Math.min(6 * 3_600_000L, 30_000L + (long) (-Math.log(1 - random.nextDouble()) * 1_800_000));
            long cpu = CPU[random.nextInt(CPU.length)];
            long memory = cpu * MIB_PER_CORE[random.nextInt(MIB_PER_CORE.length)] / 1000;
            int i = list.size();
            list.add(new TracePod("default", "pod-" + i, submit / 1000 * 1000, duration / 1000 * 1000, cpu, memory,
                    Map.of(), 0, i + 2));
        }
        return new Trace(list);
    }
}
