package io.provctl.cloud.local;

/** How a simulated crash ends the process. */
public enum CrashMode {
    /** Throws {@link SimulatedCrash}, so an in-process test can play the part of the dead process. */
    THROW,
    /** Halts the JVM with exit code 137, as if the process had been killed; no shutdown hooks run. */
    HALT
}
