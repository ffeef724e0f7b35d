package org.electrotwin.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {
    @TempDir
    Path tmp;

    record Sample(double areaM2, OptionalDouble missing, Map<String, Double> values) {}

    @Test
    void atomicWriteLeavesOnlyTheResultReadableByOthers() throws Exception {
        Path f = tmp.resolve("sub").resolve("out.json");
        Json.write(f, new Sample(1.5e-12, OptionalDouble.empty(), Map.of("a", 1.0)));
        assertThat(Files.readString(f)).contains("\"areaM2\" : 1.5E-12").doesNotContain("missing");
        try (var files = Files.list(f.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.json");
        }
        if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
            // as readable as any other file the user writes (the user's umask), not private like a temp file
            Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
        }
    }
}
