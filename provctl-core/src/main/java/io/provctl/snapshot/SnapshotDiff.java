package io.provctl.snapshot;

import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What restoring a snapshot changes in the recorded state: resources it adds back, modifies (with the
 * attributes that differ) and removes. A pure comparison; the plan that does it comes from the planner.
 */
public record SnapshotDiff(List<Entry> entries) {

    public SnapshotDiff {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long count(Change change) {
        return entries.stream().filter(e -> e.change() == change).count();
    }

    /** What happens to one resource. */
    public enum Change {
        ADD, MODIFY, REMOVE;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One resource that restore changes, with the attributes that differ for a modification. */
    public record Entry(ResourceId id, Change change, List<String> attributes) {
        public Entry {
            attributes = List.copyOf(attributes);
        }
    }

    public static SnapshotDiff between(StateView current, Snapshot snapshot) {
        Set<ResourceId> ids = new TreeSet<>(current.resources().keySet());
        ids.addAll(snapshot.resources().keySet());
        List<Entry> out = new ArrayList<>();
        for (ResourceId id : ids) {
            RecordedResource now = current.resources().get(id);
            RecordedResource then = snapshot.resources().get(id);
            if (now == null) {
                out.add(new Entry(id, Change.ADD, List.of()));
            } else if (then == null) {
                out.add(new Entry(id, Change.REMOVE, List.of()));
            } else if (!differences(now, then).isEmpty()) {
                out.add(new Entry(id, Change.MODIFY, differences(now, then)));
            }
        }
        return new SnapshotDiff(out);
    }

    private static List<String> differences(RecordedResource now, RecordedResource then) {
        Set<String> names = new TreeSet<>(now.attributes().keySet());
        names.addAll(then.attributes().keySet());
        List<String> out = new ArrayList<>(names.stream()
                .filter(n -> !Objects.equals(now.attributes().get(n), then.attributes().get(n))).toList());
        if (!now.provider().equals(then.provider())) {
            out.add("provider");
        }
        if (!now.region().equals(then.region())) {
            out.add("region");
        }
        return out;
    }
}
