package org.electrotwin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.electrotwin.core.AtomicFile;
import org.electrotwin.core.InputException;

/** One-line errors about files, in the form {@code "<file>: <what is wrong>; expected <what>"}. */
final class FileErrors {
    private FileErrors() {
    }

    static InputException bad(Path file, String what, String expected) {
        return new InputException(file + ": " + what + "; expected " + expected);
    }

    /** Something that reads a file and may throw anything a decoder throws. */
    interface Reader<T> {
        T read() throws IOException;
    }

    /**
     * Runs a reader and turns every failure caused by the file (I/O errors, decoder exceptions,
     * bad values) into one {@link InputException} that names the file.
     */
    static <T> T guard(Path file, String formatName, Reader<T> reader) {
        if (!Files.isRegularFile(file)) {
            throw bad(file, Files.exists(file) ? "is not a regular file" : "no such file", "an existing " + formatName + " file");
        }
        try {
            return reader.read();
        } catch (InputException e) {
            String m = e.getMessage();
            throw m.startsWith(file.toString()) ? e : new InputException(file + ": " + m, e);
        } catch (NoSuchFileException e) {
            throw bad(file, "missing file " + e.getFile(), "it next to " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new InputException(file + ": cannot be read as " + formatName + " (" + why + "); expected a valid, complete "
                    + formatName + " file", e);
        }
    }

    /** Writes {@code file} all at once or not at all ({@link AtomicFile}); failures as {@link #writeFailed}. */
    static void writeAtomically(Path file, AtomicFile.Body body) {
        try {
            AtomicFile.write(file, body);
        } catch (IOException e) {
            throw writeFailed(file, e);
        }
    }

    /** An I/O failure while writing: a bad path is the user's mistake, anything else is not. */
    static RuntimeException writeFailed(Path file, IOException e) {
        if (e instanceof FileSystemException fse) {
            String reason = fse.getReason() != null ? fse.getReason() : fse.getClass().getSimpleName();
            return new InputException(file + ": cannot write (" + reason + " on " + fse.getFile() + "); expected a writable path in an existing directory", e);
        }
        return new UncheckedIOException("writing " + file + " failed", e);
    }
}
