package io.provctl.config;

import java.util.List;

/** The provider names provctl can provision with. */
final class KnownProviders {

    static final List<String> NAMES = List.of("local", "vpsie", "aws", "azure", "gcp");

    private KnownProviders() {
    }

    static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    static String unknownMessage(String name) {
        String hint = Suggestions.didYouMean(name, NAMES);
        return "unknown provider \"" + name + "\"" + (hint.isEmpty() ? "; expected one of " + String.join(", ", NAMES)
                : hint);
    }
}
