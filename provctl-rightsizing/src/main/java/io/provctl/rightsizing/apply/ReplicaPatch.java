package io.provctl.rightsizing.apply;

/** The replica count before and after. */
public record ReplicaPatch(int before, int after) {

    public ReplicaPatch inverse() {
        return new ReplicaPatch(after, before);
    }
}
