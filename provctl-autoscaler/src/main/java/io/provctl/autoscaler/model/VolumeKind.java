package io.provctl.autoscaler.model;

/** The kinds of pod volume that matter to scale-down: local ones die with the node. */
public enum VolumeKind {
    EMPTY_DIR, HOST_PATH, PERSISTENT_VOLUME_CLAIM, CONFIG_MAP, SECRET, OTHER;

    public boolean isLocal() {
        return this == EMPTY_DIR || this == HOST_PATH;
    }
}
