package io.provctl.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** How an apply runs: whether to ask first, how many operations at once, how long to wait for the lock. */
public final class ApplyOptions {

    @Option(names = {"--auto-approve", "-auto-approve"}, description = "Go ahead without asking for confirmation.")
    boolean autoApprove;

    @Option(names = "--parallelism", paramLabel = "N",
            description = "Run at most N provider operations at once (default ${DEFAULT-VALUE}).")
    int parallelism = 10;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wait this long for the state lock (default 0s: fail at once, naming the holder).")
    Duration lockTimeout = Duration.ZERO;

    public boolean autoApprove() {
        return autoApprove;
    }

    public int parallelism() {
        return parallelism;
    }

    public Duration lockTimeout() {
        return lockTimeout;
    }
}
