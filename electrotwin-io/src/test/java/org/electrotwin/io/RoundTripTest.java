package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> a = new ArrayList<>();
        int[][] shapes = {{7, 5, 3}, {1, 1, 1}, {33, 17, 9}, {4, 6, 1}, {1, 9, 2}};
        long seed = 11;
        for (String ext : List.of("tif", "tiff", "npy", "raw", "vti")) {
            for (int[] s : shapes) {
                a.add(Arguments.of(ext, s[0], s[1], s[2], seed++));
            }
        }
        return a.stream();
    }

    @ParameterizedTest(name = ".{0} {1}x{2}x{3} seed {4}")
    @MethodSource("cases")
    void preservesLabelsShapeVoxelSizeAndPhases(String ext, int nx, int ny, int nz, long seed) {
        LabeledVolume v = TestVolumes.random(nx, ny, nz, seed);
        Path f = dir.resolve("vol." + ext);
        VolumeIO.write(f, v);
        LabeledVolume back = ext.equals("npy")
                ? VolumeIO.read(f, v.phases(), v.voxelSizeM()) // .npy carries no metadata
                : VolumeIO.read(f);
        assertThat(back.shape()).containsExactly(nx, ny, nz);
        assertThat(back.labels()).isEqualTo(v.labels());
        assertThat(back.voxelSizeM()).isEqualTo(v.voxelSizeM());
        assertThat(back.phases()).isEqualTo(v.phases());
        assertThat(back).isEqualTo(v);
    }

    @Test
    void chainTiffNpyRawVtiAndBack() {
        LabeledVolume v = TestVolumes.random(33, 17, 9, 99);
        LabeledVolume cur = v;
        for (String ext : List.of("tif", "npy", "raw", "vti", "tiff")) {
            Path f = dir.resolve("chain." + ext);
            VolumeIO.write(f, cur);
            cur = VolumeIO.read(f, ext.equals("npy") ? cur.phases() : null, ext.equals("npy") ? cur.voxelSizeM() : null);
        }
        assertThat(cur).isEqualTo(v);
    }

    @Test
    void npyWithoutOptionsGetsTheDefaults() {
        LabeledVolume v = TestVolumes.random(3, 4, 5, 1);
        Path f = dir.resolve("d.npy");
        VolumeIO.write(f, v);
        LabeledVolume back = VolumeIO.read(f);
        assertThat(back.voxelSizeM()).isEqualTo(VolumeIO.DEFAULT_VOXEL_SIZE_M);
        assertThat(back.phases()).isEqualTo(PhaseTable.defaults());
    }

    @Test
    void optionsOverrideTheFile() {
        LabeledVolume v = TestVolumes.random(3, 4, 5, 2);
        PhaseTable p = PhaseTable.parse("0=void,1=solid");
        for (String ext : List.of("tif", "raw", "vti")) {
            Path f = dir.resolve("o." + ext);
            VolumeIO.write(f, v);
            LabeledVolume back = VolumeIO.read(f, p, 5e-6);
            assertThat(back.phases()).isEqualTo(p);
            assertThat(back.voxelSizeM()).isEqualTo(5e-6);
        }
    }

    @Test
    void writersLeaveNoTemporaryFilesAndReplaceExisting() throws Exception {
        LabeledVolume a = TestVolumes.random(5, 5, 5, 3);
        LabeledVolume b = TestVolumes.random(6, 2, 3, 4);
        for (String ext : List.of("tif", "npy", "raw", "vti")) {
            Path f = dir.resolve("r." + ext);
            VolumeIO.write(f, a);
            VolumeIO.write(f, b);
            assertThat(VolumeIO.read(f, b.phases(), b.voxelSizeM()).labels()).isEqualTo(b.labels());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
