package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files written by NumPy, tifffile and Pillow (see fixtures/make_fixtures.py). */
class ForeignFilesTest {
    private static final int NX = 4, NY = 5, NZ = 6;

    @ParameterizedTest
    @ValueSource(strings = {"c_order_u1.npy", "fortran_order_u1.npy", "int16.npy", "uint16_be.npy", "int32_be.npy",
            "int64.npy", "fortran_int16.npy", "v2_u1.npy", "v3_u1.npy",
            "imagej_u8.tif", "imagej_u16.tif", "deflate.tif", "lzw.tif", "packbits.tif",
            "bigendian_u16.tif", "tiled_deflate.tif"})
    void readsTheSameArrayAsNumpy(String name) {
        LabeledVolume v = VolumeIO.read(Fixtures.path(name));
        assertThat(v.shape()).containsExactly(NX, NY, NZ);
        assertThat(v.labels()).isEqualTo(Fixtures.values());
        // x fastest: value at (x, y, z) is arr[z, y, x] of the C-order array
        assertThat(v.label(3, 1, 2)).isEqualTo(Fixtures.values()[3 + NX * (1 + NY * 2)] & 0xFF);
    }

    @Test
    void boolArrayGivesZeroOneLabels() {
        LabeledVolume v = VolumeIO.read(Fixtures.path("bool.npy"));
        byte[] expected = Fixtures.values();
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) ((expected[i] & 0xFF) % 2 == 0 ? 1 : 0);
        }
        assertThat(v.labels()).isEqualTo(expected);
    }

    @Test
    void twoDimensionalNpyIsOneSlice() {
        LabeledVolume v = VolumeIO.read(Fixtures.path("slice2d_u1.npy"));
        assertThat(v.shape()).containsExactly(NX, NY, 1);
        byte[] first = new byte[NX * NY];
        System.arraycopy(Fixtures.values(), 0, first, 0, first.length);
        assertThat(v.labels()).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"imagej_u8.tif", "imagej_u16.tif"})
    void imageJScaleGivesVoxelSize(String name) {
        LabeledVolume v = VolumeIO.read(Fixtures.path(name));
        assertThat(v.voxelSizeM()).isCloseTo(Fixtures.expected().get("imagej_voxel_size_m").asDouble(),
                org.assertj.core.data.Offset.offset(1e-15));
        assertThat(v.phases()).isEqualTo(PhaseTable.defaults());
    }

    @Test
    void tiffWithoutImageJMetadataGetsTheDefaultVoxelSize() {
        assertThat(VolumeIO.read(Fixtures.path("lzw.tif")).voxelSizeM()).isEqualTo(VolumeIO.DEFAULT_VOXEL_SIZE_M);
    }

    @Test
    void int32OutOfRangeNamesTheRangeFound() {
        Path f = Fixtures.path("int32_out_of_range.npy");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString())
                .hasMessageContaining("from -5 to 300")
                .hasMessageContaining("0..255");
    }

    @Test
    void sixteenBitValuesAbove255AreRefused() {
        Path f = Fixtures.path("u16_out_of_range.tif");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString())
                .hasMessageContaining("value 1000")
                .hasMessageContaining("page 2")
                .hasMessageNotContaining("\n");
    }

    @Test
    void signedEightBitTiffWithNegativeValuesIsRefused() {
        Path f = Fixtures.path("int8_negative.tif");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("signed 8-bit");
    }

    @Test
    void floatNpyIsRefused() {
        Path f = Fixtures.path("float32.npy");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("'<f4'");
    }
}
