package io.provctl.config;

import java.util.List;
import java.util.Locale;

/** Tells environment-variable names from secrets pasted where a name belongs. */
final class EnvironmentNames {

    private static final List<String> SECRET_WORDS = List.of("key", "secret", "password", "token");

    private EnvironmentNames() {
    }

    /**
     * Upper-case letters, digits and underscores, starting with a letter or underscore. A long run
     * with no underscore but with digits (AKIAIOSFODNN7EXAMPLE) is an access key id, not a name.
     */
    static boolean isPlausible(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            return false;
        }
        boolean digits = false;
        for (char c : s.toCharArray()) {
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
            digits |= Character.isDigit(c);
        }
        return !(s.length() >= 16 && digits && s.indexOf('_') < 0);
    }

    /** True for attribute names that would hold a secret, like {@code secret_key} or {@code password}. */
    static boolean soundsSecret(String attribute) {
        String a = attribute.toLowerCase(Locale.ROOT);
        return !a.endsWith("_env") && !a.equals("credentials") && SECRET_WORDS.stream().anyMatch(a::contains);
    }

    /** Never echo a secret back in full. */
    static String redact(String s) {
        return s.length() <= 4 ? "****" : s.substring(0, 4) + "…";
    }
}
