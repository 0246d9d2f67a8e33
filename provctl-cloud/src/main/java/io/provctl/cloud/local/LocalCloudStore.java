package io.provctl.cloud.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The local cloud's persistent store, separate from provctl's state: one JSON file, {@value #FILE_NAME},
 * in a directory of its own. Every change reads, changes and rewrites the file under a lock, and the
 * new content replaces the old by an atomic rename, so a reader never sees half a file and a process
 * killed mid-write leaves the previous content.
 */
public final class LocalCloudStore {

    public static final String FILE_NAME = "cloud.json";
    private static final String LOCK_NAME = "cloud.lock";

    /*
     * A FileLock excludes other processes only: a second lock attempt from this JVM fails with
     * OverlappingFileLockException instead of waiting. So threads of this JVM queue on one in-process
     * lock per store file first.
     */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Path directory;
    private final Path file;
    private final Path lockFile;

    public LocalCloudStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.file = this.directory.resolve(FILE_NAME);
        this.lockFile = this.directory.resolve(LOCK_NAME);
    }

    public Path file() {
        return file;
    }

    /** The content as last written; empty when nothing has been written yet. */
    public CloudState read() {
        if (!Files.exists(file)) {
            return CloudState.empty();
        }
        try {
            return JSON.readValue(file.toFile(), CloudState.class);
        } catch (IOException e) {
            throw new LocalCloudStoreException("cannot read the local cloud store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies {@code change} to the current content and writes the result, holding the lock throughout so
     * that no concurrent change is lost. Returns what {@code change} returned.
     */
    public <T> T update(Function<CloudState, Change<T>> change) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = openLockFile(); FileLock ignored = channel.lock()) {
            CloudState before = read();
            Change<T> result = change.apply(before);
            if (!result.state().equals(before)) {
                write(result.state());
            }
            return result.value();
        } catch (IOException e) {
            throw new LocalCloudStoreException("cannot lock the local cloud store " + lockFile + ": "
                    + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }

    private FileChannel openLockFile() throws IOException {
        Files.createDirectories(directory);
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private void write(CloudState state) {
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(state)));
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new LocalCloudStoreException("cannot write the local cloud store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write already failed; that error is the one worth reporting
        }
    }

    /** The new content of the store and the value the change hands back to its caller. */
    public record Change<T>(CloudState state, T value) {
    }
}
