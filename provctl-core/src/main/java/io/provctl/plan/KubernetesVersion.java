package io.provctl.plan;

/** Compares Kubernetes versions such as {@code 1.28} or {@code v1.29.3} numerically, part by part. */
public final class KubernetesVersion {

    private KubernetesVersion() {
    }

    public static int compare(String a, String b) {
        String[] x = strip(a).split("\\.");
        String[] y = strip(b).split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String strip(String v) {
        return v.startsWith("v") ? v.substring(1) : v;
    }

    private static long part(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        String digits = parts[i].replaceAll("[^0-9].*$", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
