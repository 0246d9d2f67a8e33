package io.provctl.cli.render;

import io.provctl.plan.ApplyStep;
import io.provctl.plan.ApplyListener;

import java.io.PrintWriter;
import java.time.Duration;

/** Shows an apply as it runs, one line per step event, on stderr as Terraform users expect. */
public final class ApplyProgress implements ApplyListener {

    private final PrintWriter err;

    public ApplyProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(ApplyStep step) {
        err.println(step.id() + ": " + switch (step.phase()) {
            case CREATE -> "Creating...";
            case UPDATE -> "Modifying... [id=" + providerId(step) + "]";
            case DELETE -> "Destroying... [id=" + providerId(step) + "]";
        });
        err.flush();
    }

    @Override
    public synchronized void retrying(ApplyStep step, int attempt, Duration wait, RuntimeException error) {
        err.println(step.id() + ": attempt " + attempt + " failed (" + error.getMessage() + "); retrying in "
                + seconds(wait));
        err.flush();
    }

    @Override
    public synchronized void completed(ApplyStep step, String providerId, Duration took) {
        String done = switch (step.phase()) {
            case CREATE -> "Creation complete";
            case UPDATE -> "Modifications complete";
            case DELETE -> "Destruction complete";
        };
        err.println(step.id() + ": " + done + " after " + seconds(took) + " [id=" + providerId + "]");
        err.flush();
    }

    @Override
    public synchronized void failed(ApplyStep step, RuntimeException error) {
        err.println(step.id() + ": failed: " + error.getMessage());
        err.flush();
    }

    private static String providerId(ApplyStep step) {
        return step.action().before().map(b -> b.providerId()).orElse("?");
    }

    private static String seconds(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + "ms" : d.toSeconds() + "s";
    }
}
