package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad file ends as one line naming the file: never a stack trace of a decoder. */
class BadInputTest {
    @TempDir
    Path dir;

    private static InputException failure(Path named, Runnable r) {
        Throwable t = catchThrowable(r::run);
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).startsWith(named.toString()).doesNotContain("\n").contains("expected");
        return (InputException) t;
    }

    private Path written(String name, int nx, int ny, int nz) {
        Path f = dir.resolve(name);
        VolumeIO.write(f, TestVolumes.random(nx, ny, nz, 5));
        return f;
    }

    private static void truncate(Path f, long bytes) throws IOException {
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, (int) bytes));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 5, 9, 300, 2000})
    void truncatedTiff(long keep) throws IOException {
        Path f = written("t.tif", 20, 10, 12);
        truncate(f, Math.min(keep, Files.size(f) - 1));
        failure(f, () -> VolumeIO.read(f));
    }

    @Test
    void truncatedTiffAtTheLastPage() throws IOException {
        Path f = written("t.tif", 20, 10, 12);
        truncate(f, Files.size(f) - 50);
        assertThat(failure(f, () -> VolumeIO.read(f)).getMessage()).contains("truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"packbits.tif", "lzw.tif", "deflate.tif", "imagej_u16.tif"})
    void truncatedForeignTiffs(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.copy(Fixtures.path(name), f);
        truncate(f, Files.size(f) * 2 / 3);
        failure(f, () -> VolumeIO.read(f));
    }

    @Test
    void garbageTiff() throws IOException {
        Path f = dir.resolve("g.tiff");
        Files.writeString(f, "this is not a tiff file at all");
        failure(f, () -> VolumeIO.read(f));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 8, 11, 60, 100, 127, 500})
    void truncatedNpy(long keep) throws IOException {
        Path f = written("t.npy", 8, 8, 8);
        truncate(f, keep);
        failure(f, () -> VolumeIO.read(f));
    }

    @Test
    void npyWithWrongMagic() throws IOException {
        Path f = written("m.npy", 3, 3, 3);
        byte[] b = Files.readAllBytes(f);
        b[1] = 'X';
        Files.write(f, b);
        assertThat(failure(f, () -> VolumeIO.read(f)).getMessage()).contains("magic");
    }

    @Test
    void npyTooLong() throws IOException {
        Path f = written("l.npy", 3, 3, 3);
        Files.write(f, new byte[] {1, 2}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(failure(f, () -> VolumeIO.read(f)).getMessage()).contains("too long");
    }

    @Test
    void npyOfFourDimensions() throws IOException {
        Path f = dir.resolve("4d.npy");
        String dict = "{'descr': '|u1', 'fortran_order': False, 'shape': (2, 2, 2, 2), }";
        String header = dict + " ".repeat(64 - 10 - dict.length() - 1 + 64) + "\n";
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[10 + h.length + 16];
        System.arraycopy(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length, (byte) (h.length >> 8)}, 0, all, 0, 10);
        System.arraycopy(h, 0, all, 10, h.length);
        Files.write(f, all);
        assertThat(failure(f, () -> VolumeIO.read(f)).getMessage()).contains("4-dimensional");
    }

    @Test
    void hugeDeclaredShapeIsRefusedBeforeAllocation() throws IOException {
        Path f = dir.resolve("huge.npy");
        String dict = "{'descr': '|u1', 'fortran_order': False, 'shape': (100000, 100000, 100000), }";
        String header = dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n";
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[10 + h.length];
        System.arraycopy(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length, 0}, 0, all, 0, 10);
        System.arraycopy(h, 0, all, 10, h.length);
        Files.write(f, all);
        failure(f, () -> VolumeIO.read(f));
    }

    @Test
    void rawWhoseSizeMismatchesItsSidecar() throws IOException {
        Path f = written("r.raw", 4, 4, 4);
        truncate(f, 63);
        assertThat(failure(f, () -> VolumeIO.read(f)).getMessage()).contains("63 bytes").contains("64 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shape", "voxelSizeM", "dtype"})
    void sidecarMissingAField(String field) throws IOException {
        Path f = written("s.raw", 4, 4, 4);
        Path json = dir.resolve("s.json");
        com.fasterxml.jackson.databind.node.ObjectNode o =
                (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        o.remove(field);
        Files.writeString(json, o.toString());
        assertThat(failure(json, () -> VolumeIO.read(f)).getMessage()).contains("missing \"" + field + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"shape\":[4,4],\"voxelSizeM\":1e-6,\"dtype\":\"uint8\"}",
            "{\"shape\":[4,4,4],\"voxelSizeM\":-1,\"dtype\":\"uint8\"}",
            "{\"shape\":[4,4,4],\"voxelSizeM\":1e-6,\"dtype\":\"uint16\"}",
            "{\"shape\":[4,4,4],\"voxelSizeM\":1e-6,\"dtype\":\"uint8\",\"order\":\"z-fastest\"}",
            "{\"shape\":[4,4,4],\"voxelSizeM\":1e-6,\"dtype\":\"uint8\",\"voxelSize\":2}",
            "{\"shape\":[4,4,4],\"voxelSizeM\":1e-6,\"dtype\":\"uint8\",\"phases\":{\"x\":\"pore\"}}",
            "{\"shape\":[4,4,4],\"voxelSizeM\":1e-6,\"dtype\":\"uint8\",\"phases\":{\"0\":\"1bad name\"}}",
            "{\"shape\":[4,4,4], \"voxelSizeM\":",
            "[1,2,3]"})
    void badSidecars(String text) throws IOException {
        Path f = written("b.raw", 4, 4, 4);
        Path json = dir.resolve("b.json");
        Files.writeString(json, text);
        failure(json, () -> VolumeIO.read(f));
    }

    @Test
    void rawWithoutSidecar() throws IOException {
        Path f = written("n.raw", 2, 2, 2);
        Files.delete(dir.resolve("n.json"));
        failure(dir.resolve("n.json"), () -> VolumeIO.read(f));
    }

    @Test
    void unknownExtensionNamesTheSupportedOnes() {
        Path f = dir.resolve("vol.hdf5");
        InputException e = failure(f, () -> VolumeIO.read(f));
        assertThat(e.getMessage()).contains(".hdf5").contains(".tif").contains(".tiff").contains(".npy").contains(".raw").contains(".vti");
        failure(f, () -> VolumeIO.write(f, TestVolumes.random(2, 2, 2, 1)));
        Path g = dir.resolve("noext");
        failure(g, () -> VolumeIO.read(g));
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("absent.tif");
        assertThat(failure(f, () -> VolumeIO.read(f)).getMessage()).contains("no such file");
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 200, 600, 700})
    void truncatedVti(long keep) throws IOException {
        Path f = written("t.vti", 9, 9, 9);
        truncate(f, keep);
        failure(f, () -> VolumeIO.read(f));
    }

    @Test
    void writingIntoAMissingDirectoryIsAnInputError() {
        LabeledVolume v = TestVolumes.random(2, 2, 2, 1);
        for (String ext : new String[] {"tif", "npy", "raw", "vti"}) {
            Path f = dir.resolve("no/such/dir/v." + ext);
            failure(f, () -> VolumeIO.write(f, v));
        }
    }

    @Test
    void failedWritesLeaveNoPartialFiles() throws IOException {
        Path f = dir.resolve("x.vti");
        Throwable t = catchThrowable(() -> VtiWriter.write(f, 2, 2, 2, 1e-6, java.util.Map.of("c", new float[7]), null));
        assertThat(t).isInstanceOf(InputException.class).hasMessageStartingWith(f.toString());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
    }
}
