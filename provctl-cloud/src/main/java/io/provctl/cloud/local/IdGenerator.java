package io.provctl.cloud.local;

import java.util.Random;
import java.util.function.Predicate;

/** Makes provider IDs like a real cloud's: a kind prefix and random hex, e.g. {@code ng-3f9a0c12d4e5}. */
final class IdGenerator {

    private final Random random;

    IdGenerator(Random random) {
        this.random = random;
    }

    /** A new ID with {@code prefix} that {@code taken} does not hold yet. */
    String next(String prefix, Predicate<String> taken) {
        String id;
        do {
            id = prefix + "-" + String.format("%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
        } while (taken.test(id));
        return id;
    }
}
