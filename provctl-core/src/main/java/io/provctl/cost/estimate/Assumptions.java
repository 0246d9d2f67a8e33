package io.provctl.cost.estimate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the assumptions behind one estimate, each stated once, in the order first met. */
final class Assumptions {

    private final Set<String> items = new LinkedHashSet<>();

    void add(String assumption) {
        items.add(assumption);
    }

    List<String> list() {
        return new ArrayList<>(items);
    }
}
