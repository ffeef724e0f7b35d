package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SliceRendererTest {
    @TempDir
    Path dir;

    private static LabeledVolume smallVolume() {
        // labels 0..3 plus 77 (unnamed), varied per voxel
        LabeledVolume v = LabeledVolume.allocate(5, 4, 3, 1e-6, PhaseTable.defaults());
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 5; x++) {
                    int l = (x + 2 * y + 3 * z) % 5;
                    v.set(x, y, z, l == 4 ? 77 : l);
                }
            }
        }
        return v;
    }

    @ParameterizedTest
    @EnumSource(Axis.class)
    void everyVoxelHasItsPhaseColour(Axis axis) {
        LabeledVolume v = smallVolume();
        int scale = 3;
        int size = axis == Axis.X ? v.nx() : axis == Axis.Y ? v.ny() : v.nz();
        for (int index = 0; index < size; index++) {
            BufferedImage img = SliceRenderer.render(v, axis, index, scale);
            int a = axis == Axis.X ? v.ny() : v.nx();
            int b = axis == Axis.Z ? v.ny() : v.nz();
            assertThat(img.getHeight()).isEqualTo(b * scale + 16 * v.labelsPresent().length + 4);
            for (int j = 0; j < b; j++) {
                for (int i = 0; i < a; i++) {
                    int label = switch (axis) {
                        case Z -> v.label(i, j, index);
                        case Y -> v.label(i, index, b - 1 - j); // z upwards
                        case X -> v.label(index, i, b - 1 - j);
                    };
                    int expected = SliceRenderer.colourOf(v.phases(), label);
                    for (int d = 0; d < scale; d++) {
                        assertThat(img.getRGB(i * scale + d, j * scale + scale - 1 - d) & 0xFFFFFF).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void fixedColoursByNameAndDistinctOthers() {
        PhaseTable p = PhaseTable.parse("0=pore,85=am,170=cbd,3=se");
        assertThat(SliceRenderer.colourOf(p, 85)).isEqualTo(SliceRenderer.colourOf(PhaseTable.defaults(), 1));
        assertThat(SliceRenderer.colourOf(p, 170)).isEqualTo(0xF28E2B);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int l = 4; l < 40; l++) {
            colours.add(SliceRenderer.colourOf(PhaseTable.defaults(), l));
        }
        assertThat(colours).hasSize(36);
        assertThat(SliceRenderer.colourOf(PhaseTable.defaults(), 9)).isEqualTo(SliceRenderer.colourOf(PhaseTable.defaults(), 9));
    }

    @Test
    void legendShowsASwatchPerPresentLabel() {
        LabeledVolume v = smallVolume();
        BufferedImage img = SliceRenderer.render(v, Axis.Z, 0, 2);
        int top = v.ny() * 2 + 2;
        int[] present = v.labelsPresent();
        for (int k = 0; k < present.length; k++) {
            assertThat(img.getRGB(8, top + 16 * k + 7) & 0xFFFFFF).isEqualTo(SliceRenderer.colourOf(v.phases(), present[k]));
            // some dark text pixels to the right of the swatch
            boolean text = false;
            for (int x = 20; x < 120 && !text; x++) {
                for (int y = top + 16 * k; y < top + 16 * k + 16 && !text; y++) {
                    text = (img.getRGB(x, y) & 0xFF) < 100;
                }
            }
            assertThat(text).as("legend text for label " + present[k]).isTrue();
        }
    }

    @Test
    void pngRoundTrip() throws Exception {
        LabeledVolume v = smallVolume();
        Path f = dir.resolve("s.png");
        SliceRenderer.writePng(f, v, Axis.Y, 2, 4);
        BufferedImage back = ImageIO.read(f.toFile());
        BufferedImage img = SliceRenderer.render(v, Axis.Y, 2, 4);
        assertThat(back.getWidth()).isEqualTo(img.getWidth());
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(img.getRGB(x, y));
            }
        }
    }

    @Test
    void badIndexOrScale() {
        LabeledVolume v = smallVolume();
        assertThatThrownBy(() -> SliceRenderer.render(v, Axis.Z, 3, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("Z=3").hasMessageContaining("0..2");
        assertThatThrownBy(() -> SliceRenderer.render(v, Axis.X, -1, 1)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> SliceRenderer.render(v, Axis.X, 0, 0)).isInstanceOf(InputException.class);
    }
}
