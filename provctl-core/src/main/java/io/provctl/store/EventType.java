package io.provctl.store;

/**
 * What an event in the log records. Intents are written before a provider call and results after,
 * so a crash between the two is visible in the log and resolved by the next apply.
 */
public enum EventType {
    STATE_INITIALISED(false),
    APPLY_STARTED(false),
    APPLY_FINISHED(false),
    APPLY_FAILED(false),
    CREATE_INTENT(false),
    UPDATE_INTENT(false),
    DELETE_INTENT(false),
    RESOURCE_CREATED(true),
    RESOURCE_UPDATED(true),
    RESOURCE_DELETED(true),
    /** A resource found at the provider by its tag after an interrupted create, adopted into state. */
    RESOURCE_ADOPTED(true),
    ACTION_FAILED(false),
    LOCK_FORCE_RELEASED(false),
    /** The monthly cost of what exists after an apply or destroy, for cost history and forecasts. */
    COST_RECORDED(false),
    /** A drift detection ran; the payload counts what it found. */
    DRIFT_DETECTED(false),
    /** A drift remediation finished; the resource events it caused are in the log before it. */
    DRIFT_REMEDIATED(false),
    SNAPSHOT_CREATED(false),
    SNAPSHOT_RESTORED(false),
    SNAPSHOT_DELETED(false);

    private final boolean changesState;

    EventType(boolean changesState) {
        this.changesState = changesState;
    }

    /** True for events that change the recorded resources, and so the state serial. */
    public boolean changesState() {
        return changesState;
    }
}
