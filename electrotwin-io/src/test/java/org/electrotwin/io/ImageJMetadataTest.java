package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ImageJ descriptions as other tools write them. We write a stack with voxel 2 µm
 * (XResolution = 0.5 pixel per unit) and replace its description in place.
 */
class ImageJMetadataTest {
    @TempDir
    Path dir;

    private Path stackWithDescription(String description) throws Exception {
        LabeledVolume v = LabeledVolume.allocate(4, 3, 3, 2e-6, PhaseTable.parse("0=pore,1=am,2=cbd,3=se,4=binder,5=carbon"));
        Path f = dir.resolve("d.tif");
        VolumeIO.write(f, v);
        byte[] all = Files.readAllBytes(f);
        byte[] d = description.getBytes(StandardCharsets.ISO_8859_1);
        int at = new String(all, StandardCharsets.ISO_8859_1).indexOf("ImageJ=");
        int room = 0;
        while (all[at + room] != 0) {
            room++;
        }
        assertThat(d.length).as("test description fits in the written one").isLessThanOrEqualTo(room);
        for (int i = 0; i < room; i++) {
            all[at + i] = i < d.length ? d[i] : 0;
        }
        Files.write(f, all);
        return f;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "unit=micron        | 2e-6",
            "unit=um            | 2e-6",
            "unit=\\u00B5m      | 2e-6",
            "unit=\u00B5m       | 2e-6",
            "unit=nm            | 2e-9",
            "unit=mm            | 2e-3",
            "unit=cm            | 2e-2",
            "unit=m             | 2",
            "unit=inch          | 0.0508",
            "unit=pixel         | 1e-6",
            "loop=false         | 1e-6"})
    void unitsAndXResolutionGiveTheVoxelSize(String unitLine, double expectedM) throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nimages=3\nslices=3\n" + unitLine.strip() + "\n");
        assertThat(VolumeIO.read(f).voxelSizeM()).isCloseTo(expectedM, within(expectedM * 1e-9));
    }

    @Test
    void spacingAloneIsUsedWhenThereIsNoResolutionMismatch() throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nimages=3\nslices=3\nunit=um\nspacing=2.0\n");
        assertThat(VolumeIO.read(f).voxelSizeM()).isCloseTo(2e-6, within(1e-15));
    }

    @Test
    void anisotropicVoxelsAreRefusedUnlessAVoxelSizeIsGiven() throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nimages=3\nslices=3\nunit=um\nspacing=5\n");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("anisotropic");
        assertThat(VolumeIO.read(f, null, 3e-6).voxelSizeM()).isEqualTo(3e-6);
    }

    @Test
    void unknownUnit() throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nimages=3\nslices=3\nunit=furlong\n");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("'furlong'");
    }

    @Test
    void moreImagesThanPages() throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nimages=10\nslices=10\nunit=um\n");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("images=10");
    }

    @Test
    void multiChannelHyperstack() throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nimages=3\nchannels=3\nhyperstack=true\n");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class).hasMessageContaining("channels=3");
    }

    @Test
    void ourExactVoxelSizeYieldsToAScaleChangedInFiji() throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nunit=um\nvoxelSizeM=7.0E-6\n");
        assertThat(VolumeIO.read(f).voxelSizeM()).isCloseTo(2e-6, within(1e-15));
        Path g = stackWithDescription("ImageJ=1.54f\nunit=um\nvoxelSizeM=2.0000000000001E-6\n");
        assertThat(VolumeIO.read(g).voxelSizeM()).isEqualTo(2.0000000000001E-6);
    }

    @Test
    void badPhasesLine() throws Exception {
        Path f = stackWithDescription("ImageJ=1.54f\nphases=0=pore,x=am\n");
        assertThatThrownBy(() -> VolumeIO.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("phases=");
    }

    @Test
    void writtenDescriptionIsWhatFijiExpects() {
        LabeledVolume v = LabeledVolume.allocate(2, 2, 5, 3.98e-7, PhaseTable.defaults());
        assertThat(ImageJDescription.format(v)).startsWith("ImageJ=1.11a\nimages=5\nslices=5\nunit=micron\nspacing=0.398\n")
                .contains("\nphases=0=pore,1=am,2=cbd,3=se\n").endsWith("\nvoxelSizeM=3.98E-7\n");
    }

    @ParameterizedTest
    @CsvSource({"1.0", "0.5", "2.512562814070352", "1000.0", "1.0E-4", "3.0E7"})
    void resolutionRationalIsClose(double pixelsPerMicron) {
        long[] r = TiffFormat.rational(pixelsPerMicron);
        assertThat(r[0]).isBetween(1L, 0xFFFFFFFFL);
        assertThat(r[1]).isBetween(1L, 0xFFFFFFFFL);
        assertThat((double) r[0] / r[1]).isCloseTo(pixelsPerMicron, within(pixelsPerMicron * 1e-6));
    }
}
