package io.provctl.plan;

/** A saved plan was made against a state that has changed since; it must be made again. */
public class StalePlanException extends PlanException {

    public StalePlanException(String message) {
        super(message);
    }
}
