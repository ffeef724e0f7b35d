package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real 256³ NMC electrode (shared/data, Deflate-compressed by tifffile): labels 0/85/170
 * with fractions 0.4499 / 0.4005 / 0.1496. Also prints read/write timings of every format
 * (a figure for the report, not an assertion).
 */
@Tag("slow")
class RealElectrodeTest {
    static final Path NMC = locate();

    @TempDir
    Path dir;

    private static Path locate() {
        return org.electrotwin.core.volume.ReferenceVolumes.nmcElectrode256().orElse(null);
    }

    @Test
    void readsTheNmcElectrodeAndEveryFormatRoundTripsIt() {
        assumeThat(NMC).as("shared/data/nmc-electrode-256.tiff").isNotNull();
        long t0 = System.nanoTime();
        PhaseTable p = PhaseTable.parse("0=pore,85=am,170=cbd");
        LabeledVolume v = VolumeIO.read(NMC, p, null);
        System.out.printf("read  nmc-electrode-256.tiff (deflate) %7.1f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(v.shape()).containsExactly(256, 256, 256);
        assertThat(v.labelsPresent()).containsExactly(0, 85, 170);
        long[] h = v.histogram();
        double n = v.voxelCount();
        assertThat(h[0] / n).isCloseTo(0.4499, org.assertj.core.data.Offset.offset(5e-5));
        assertThat(h[85] / n).isCloseTo(0.4005, org.assertj.core.data.Offset.offset(5e-5));
        assertThat(h[170] / n).isCloseTo(0.1496, org.assertj.core.data.Offset.offset(5e-5));
        assertThat(v.voxelSizeM()).isEqualTo(VolumeIO.DEFAULT_VOXEL_SIZE_M); // the file carries no ImageJ scale

        for (String ext : List.of("tif", "npy", "raw", "vti")) {
            Path f = dir.resolve("nmc." + ext);
            for (int rep = 0; rep < 2; rep++) { // second round is warm
                long w0 = System.nanoTime();
                VolumeIO.write(f, v);
                long w1 = System.nanoTime();
                LabeledVolume back = VolumeIO.read(f, p, v.voxelSizeM());
                long r1 = System.nanoTime();
                assertThat(back).isEqualTo(v);
                if (rep == 1) {
                    System.out.printf("256^3 .%-4s write %7.1f ms  read %7.1f ms%n", ext, (w1 - w0) / 1e6, (r1 - w1) / 1e6);
                }
            }
        }
    }
}
