package io.provctl.rightsizing;

/** Formats CPU and memory the way Kubernetes manifests write them. */
public final class Quantities {

    private Quantities() {
    }

    /** {@code 250m}, or whole cores as {@code 2}. */
    public static String cpu(long millicores) {
        return millicores % 1000 == 0 && millicores > 0 ? Long.toString(millicores / 1000) : millicores + "m";
    }

    /** The largest binary unit that divides the amount exactly: {@code 512Mi}, {@code 2Gi}, else bytes. */
    public static String memory(long bytes) {
        if (bytes > 0 && bytes % Resources.GIB == 0) {
            return bytes / Resources.GIB + "Gi";
        }
        if (bytes > 0 && bytes % Resources.MIB == 0) {
            return bytes / Resources.MIB + "Mi";
        }
        if (bytes > 0 && bytes % 1024 == 0) {
            return bytes / 1024 + "Ki";
        }
        return Long.toString(bytes);
    }
}
