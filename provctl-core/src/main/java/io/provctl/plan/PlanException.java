package io.provctl.plan;

/** A plan cannot be made or applied as asked (unknown target, stale saved plan, denied budget). */
public class PlanException extends RuntimeException {

    public PlanException(String message) {
        super(message);
    }
}
