package org.electrotwin.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the same
 * directory, is flushed to disk, and is then renamed over the target. A reader (or a crash)
 * never sees half a volume.
 */
final class AtomicFile {
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    private AtomicFile() {
    }

    interface Body {
        void writeTo(FileChannel channel) throws IOException;
    }

    static void write(Path target, Body body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            // a new file of our own (CREATE_NEW), created with the user's umask unlike createTempFile's 0600
            tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ProcessHandle.current().pid()) + "-"
                    + Long.toHexString(COUNTER.incrementAndGet()) + "-" + Long.toHexString(System.nanoTime()) + ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(ch);
                ch.force(false);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            if (e instanceof java.nio.file.FileAlreadyExistsException && tmp != null) {
                tmp = null; // not ours: never delete it
            }
            throw FileErrors.writeFailed(target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary name starts with '.' and ends with '.part'
                }
            }
        }
    }
}
