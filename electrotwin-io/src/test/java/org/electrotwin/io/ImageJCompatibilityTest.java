package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.Calibration;
import java.nio.file.Path;
import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opens our TIFF stacks with ImageJ 1.x's own reader (what Fiji uses): same slices, same pixels,
 * same voxel size in microns. ImageJ reads an {@code images=n} stack as contiguous planes and
 * ignores the later IFDs, so this catches a layout that only IFD-following readers accept.
 */
class ImageJCompatibilityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"7,5,3,1", "33,17,9,2", "1,1,1,3", "64,48,20,4", "5,9,1,5"})
    void imageJSeesTheSameStackAndScale(int nx, int ny, int nz, long seed) {
        LabeledVolume v = TestVolumes.random(nx, ny, nz, seed);
        Path f = dir.resolve("ij.tif");
        VolumeIO.write(f, v);
        ImagePlus imp = IJ.openImage(f.toString());
        assertThat(imp).isNotNull();
        assertThat(imp.getBitDepth()).isEqualTo(8);
        assertThat(new int[] {imp.getWidth(), imp.getHeight(), imp.getStackSize()}).containsExactly(nx, ny, nz);
        Calibration c = imp.getCalibration();
        double um = v.voxelSizeM() * 1e6;
        assertThat(c.getUnit()).isIn("micron", "\u00B5m");
        assertThat(c.pixelWidth).isCloseTo(um, within(um * 1e-6));
        assertThat(c.pixelHeight).isCloseTo(um, within(um * 1e-6));
        if (nz > 1) {
            assertThat(c.pixelDepth).isCloseTo(um, within(um * 1e-12));
        }
        for (int z = 0; z < nz; z++) {
            byte[] plane = (byte[]) imp.getStack().getPixels(z + 1);
            for (int i = 0; i < nx * ny; i++) {
                assertThat(plane[i]).as("z=%d i=%d", z, i).isEqualTo(v.labels()[z * nx * ny + i]);
            }
        }
        imp.close();
    }
}
