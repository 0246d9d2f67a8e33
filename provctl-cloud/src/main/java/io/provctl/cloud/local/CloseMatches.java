package io.provctl.cloud.local;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Picks the candidates closest to a mistyped name, for "did you mean" messages. */
final class CloseMatches {

    private CloseMatches() {
    }

    /** Up to {@code limit} candidates, closest first: those containing {@code wanted} or a few edits away. */
    static List<String> of(String wanted, Collection<String> candidates, int limit) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> isClose(w, c.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .distinct()
                .limit(limit)
                .toList();
    }

    private static boolean isClose(String wanted, String candidate) {
        return candidate.contains(wanted)
                || distance(wanted, candidate) <= Math.max(2, wanted.length() / 3);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
