package io.provctl.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Snapshots as files: {@code <dir>/snap-NNNN.json}, one per snapshot, numbered in the order they were
 * taken. A file is written to a temporary name and renamed, so a crash never leaves half a snapshot.
 */
public final class FileSnapshotStore implements SnapshotStore {

    private static final Pattern FILE = Pattern.compile("(snap-(\\d+))\\.json");

    private final Path dir;

    public FileSnapshotStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public Snapshot save(Snapshot unsaved) {
        String id = String.format("snap-%04d", lastNumber() + 1);
        Snapshot sealed = SnapshotJson.sealed(new Snapshot(id, unsaved.createdAt(), unsaved.trigger(),
                unsaved.description(), unsaved.lineage(), unsaved.serial(), unsaved.configuration(),
                unsaved.resources(), ""));
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".snap-", ".tmp");
            Files.writeString(tmp, SnapshotJson.write(sealed), StandardCharsets.UTF_8);
            move(tmp, file(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot " + id + " in " + dir, e);
        }
        return sealed;
    }

    @Override
    public List<StoredSnapshot> list() {
        List<StoredSnapshot> out = new ArrayList<>();
        for (String id : ids()) {
            try {
                out.add(new StoredSnapshot.Valid(load(id)));
            } catch (SnapshotException e) {
                out.add(new StoredSnapshot.Corrupt(id, e.getMessage()));
            }
        }
        return out;
    }

    @Override
    public Snapshot load(String id) {
        Path file = file(id);
        if (!FILE.matcher(file.getFileName().toString()).matches() || !Files.isRegularFile(file)) {
            throw new SnapshotException("no snapshot " + id + (ids().isEmpty() ? "; there are none yet"
                    : "; `provctl snapshot list` shows them"));
        }
        try {
            Snapshot s = SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8), id);
            if (!s.id().equals(id)) {
                throw new SnapshotException("snapshot " + id + " is corrupt and will not be used: the file holds "
                        + s.id());
            }
            return s;
        } catch (IOException e) {
            throw new SnapshotException("snapshot " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String id) {
        try {
            if (!Files.deleteIfExists(file(id))) {
                throw new SnapshotException("no snapshot " + id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete snapshot " + id, e);
        }
    }

    private Path file(String id) {
        return dir.resolve(id + ".json");
    }

    /** Snapshot IDs in the order they were taken. */
    private List<String> ids() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> FILE.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .sorted(java.util.Comparator.comparingLong(m -> Long.parseLong(m.group(2))))
                    .map(m -> m.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list snapshots in " + dir, e);
        }
    }

    private long lastNumber() {
        List<String> ids = ids();
        return ids.isEmpty() ? 0 : Long.parseLong(ids.get(ids.size() - 1).substring("snap-".length()));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
