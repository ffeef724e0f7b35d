package org.electrotwin.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the same
 * directory, is flushed to disk, and is then renamed over the target. A reader (or a crash)
 * never sees half a result. The one implementation of this rule: volumes, JSON, CSV and reports
 * are all written through it.
 */
public final class AtomicFile {
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFile() {
    }

    /** What writes the content. */
    public interface Body {
        void writeTo(FileChannel channel) throws IOException;
    }

    /**
     * Writes {@code target} through {@code body}; on failure the target is untouched and the
     * temporary file removed. The directory must exist.
     */
    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        // a new file of our own (CREATE_NEW), created with the user's umask unlike createTempFile's 0600
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(ProcessHandle.current().pid()) + "-"
                + Long.toHexString(COUNTER.incrementAndGet()) + "-" + Long.toHexString(System.nanoTime()) + ".part");
        FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean moved = false;
        try {
            try (FileChannel ch = channel) {
                body.writeTo(ch);
                ch.force(false);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary name starts with '.' and ends with '.part'
                }
            }
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}, creating its directory if needed. */
    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target}, creating its directory if needed. */
    public static void writeBytes(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        ByteBuffer bytes = ByteBuffer.wrap(content);
        write(target, ch -> {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
        });
    }
}
