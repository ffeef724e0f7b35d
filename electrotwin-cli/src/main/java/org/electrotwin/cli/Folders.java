package org.electrotwin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.core.InputException;

/** Output folders: created on demand, or one clear line (exit 2) when the user's path cannot hold them. */
final class Folders {
    private Folders() {}

    static Path create(Path dir) {
        try {
            return Files.createDirectories(dir.toAbsolutePath());
        } catch (IOException e) {
            throw new InputException(dir + ": cannot create the folder (" + e.getMessage() + "); expected a writable path");
        }
    }
}
