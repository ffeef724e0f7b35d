package org.electrotwin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path tmp;

    private static String listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return String.join(",", files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path f = tmp.resolve("out.csv");
        AtomicFile.writeString(f, "old\n");
        AtomicFile.writeString(f, "new, é\n");
        assertThat(Files.readString(f)).isEqualTo("new, é\n");
        assertThat(listing(tmp)).isEqualTo("out.csv");
    }

    @Test
    void aFailingWriterLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path f = tmp.resolve("volume.raw");
        AtomicFile.writeString(f, "complete");
        assertThatThrownBy(() -> AtomicFile.write(f, ch -> {
            ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("complete");
        assertThat(listing(tmp)).isEqualTo("volume.raw");
    }

    @Test
    void writeNeedsTheDirectoryWriteStringCreatesIt() throws IOException {
        assertThatThrownBy(() -> AtomicFile.write(tmp.resolve("no/such/dir/f"), ch -> { }))
                .isInstanceOf(NoSuchFileException.class);
        AtomicFile.writeString(tmp.resolve("made/here/f.json"), "{}");
        assertThat(tmp.resolve("made/here/f.json")).hasContent("{}");
    }
}
