package io.provctl.config;

import io.provctl.model.ResourceId;
import io.provctl.model.SourcePosition;

/** Checks on names and version strings that do not need a cloud call. */
final class Names {

    private Names() {
    }

    /** Reports a cluster or pool name that cannot be part of a resource address. */
    static boolean checkName(String name, String kind, SourcePosition at, Diagnostics diagnostics) {
        if (ResourceId.isValidName(name)) {
            return true;
        }
        diagnostics.add(at, "invalid " + kind + " name \"" + name + "\"; expected letters, digits, '-' and '_',"
                + " starting with a letter or digit");
        return false;
    }

    /** {@code MAJOR.MINOR} or {@code MAJOR.MINOR.PATCH}, digits only. */
    static boolean isKubernetesVersion(String v) {
        String[] parts = v.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
