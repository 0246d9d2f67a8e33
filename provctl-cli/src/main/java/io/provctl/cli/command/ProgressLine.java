package io.provctl.cli.command;

import io.provctl.autoscaler.sim.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A progress line on stderr for long simulations: silent for the first two seconds, so short runs print
 * nothing, then redrawn at most once a second with each policy's share of the trace replayed.
 */
final class ProgressLine implements Progress {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final Map<String, Integer> percent = new TreeMap<>();
    private long lastDrawn;
    private boolean drawn;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String policy, long doneMillis, long totalMillis) {
        percent.put(policy, totalMillis <= 0 ? 100 : (int) Math.min(100, doneMillis * 100 / totalMillis));
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || now - lastDrawn < EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        StringBuilder line = new StringBuilder("\rsimulating");
        percent.forEach((p, v) -> line.append(String.format(Locale.ROOT, "  %s %3d%% %s", p, v, bar(v))));
        err.print(line);
        err.flush();
    }

    private static String bar(int percent) {
        int filled = percent / 5;
        return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "]";
    }

    /** Ends the line, if one was drawn, so what follows starts clean. */
    synchronized void finish() {
        if (drawn) {
            err.println();
        }
    }
}
