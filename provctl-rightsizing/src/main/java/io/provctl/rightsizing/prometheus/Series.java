package io.provctl.rightsizing.prometheus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One series of a range query's matrix: its labels and its points in time order. */
record Series(Map<String, String> labels, List<Point> points) {

    Series {
        labels = Map.copyOf(labels);
        points = List.copyOf(points);
    }

    Optional<String> label(String name) {
        return Optional.ofNullable(labels.get(name));
    }

    record Point(Instant at, double value) {
    }
}
