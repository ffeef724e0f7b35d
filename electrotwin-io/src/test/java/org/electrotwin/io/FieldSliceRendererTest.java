package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.Axis;
import org.junit.jupiter.api.Test;

class FieldSliceRendererTest {
    @Test
    void rampIsOrderedZeroIsBlackAndZPointsUp() {
        int nx = 4, ny = 3, nz = 5;
        float[] f = new float[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    f[x + nx * (y + ny * z)] = z; // grows with z; z = 0 is outside the network
                }
            }
        }
        BufferedImage img = FieldSliceRenderer.render(f, nx, ny, nz, Axis.Y, 1, 1);
        assertThat(img.getWidth()).isEqualTo(nx);
        assertThat(img.getHeight()).isEqualTo(nz);
        assertThat(img.getRGB(0, nz - 1) & 0xFFFFFF).as("z = 0 at the bottom, zero is black").isZero();
        int prev = -1;
        for (int row = nz - 2; row >= 0; row--) { // upwards: brighter
            int rgb = img.getRGB(2, row);
            int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
            assertThat(lum).isGreaterThan(prev);
            prev = lum;
        }
        assertThat(FieldSliceRenderer.colour(1.0)).isEqualTo(0xfcffa4);
        assertThatThrownBy(() -> FieldSliceRenderer.render(f, nx, ny, nz, Axis.Z, 5, 1)).isInstanceOf(InputException.class);
    }
}
