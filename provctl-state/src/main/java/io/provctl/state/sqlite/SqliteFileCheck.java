package io.provctl.state.sqlite;

import io.provctl.store.StateStoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the 100-byte SQLite header before the driver opens the file, so a file that is not a SQLite
 * database, or was cut short, is refused without SQLite ever touching it.
 */
final class SqliteFileCheck {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private SqliteFileCheck() {
    }

    static void verify(Path file) {
        try {
            verifyHeader(file, Files.size(file), readHeader(file));
        } catch (IOException e) {
            throw new StateStoreException("cannot read state file " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER);
        }
    }

    private static void verifyHeader(Path file, long size, byte[] header) {
        if (header.length < HEADER || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw corrupt(file, "it is not a SQLite database (" + size + " bytes without a SQLite header)");
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        int rawPageSize = Short.toUnsignedInt(h.getShort(16));
        long pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        long pages = Integer.toUnsignedLong(h.getInt(28));
        // the page count is only trustworthy when written by the same change as the counter; a WAL file
        // may still hold pages that were never checkpointed into the main file
        boolean countValid = h.getInt(24) == h.getInt(92) && !Files.exists(walOf(file));
        if (countValid && pages > 0 && size < pages * pageSize) {
            throw corrupt(file, "it is truncated (the header says " + pages + " pages of " + pageSize
                    + " bytes, the file has " + size + " bytes)");
        }
    }

    private static Path walOf(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static StateStoreException corrupt(Path file, String why) {
        return new StateStoreException("state file " + file + " is corrupt: " + why
                + "; it was not modified. Restore it from a backup or move it away to start a new state");
    }
}
