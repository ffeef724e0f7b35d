package org.electrotwin.characterize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.electrotwin.core.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DistanceTransformTest {

    /** Squared distance to the nearest non-mask voxel by trying them all; walls add a layer of non-mask voxels around the image. */
    static double[] bruteForce(boolean[] m, int nx, int ny, int nz, double sx, double sy, double sz, boolean wall) {
        double[] d = new double[m.length];
        int lo = wall ? -1 : 0;
        for (int z = 0; z < nz; z++) for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++) {
            int i = x + nx * (y + ny * z);
            if (!m[i]) continue;
            double best = Double.POSITIVE_INFINITY;
            for (int zz = lo; zz < nz - lo; zz++) for (int yy = lo; yy < ny - lo; yy++) for (int xx = lo; xx < nx - lo; xx++) {
                boolean outside = xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz;
                if (!outside && m[xx + nx * (yy + ny * zz)]) continue;
                double dx = (xx - x) * sx, dy = (yy - y) * sy, dz = (zz - z) * sz;
                best = Math.min(best, dx * dx + dy * dy + dz * dz);
            }
            d[i] = best;
        }
        return d;
    }

    @ParameterizedTest
    @CsvSource({
        "1, 9, 7, 5, 0.7, 1, 1, 1, false",
        "2, 12, 10, 11, 0.9, 1, 1, 1, false",
        "3, 8, 13, 6, 0.95, 0.5, 1.3, 2.0, false",
        "4, 10, 9, 12, 0.8, 1, 1, 1, true",
        "5, 11, 6, 9, 0.97, 2.5e-7, 5e-7, 1e-6, true",
        "6, 1, 1, 30, 0.6, 1, 1, 1, false",
        "7, 17, 1, 3, 0.5, 1, 2, 3, true",
    })
    void matchesBruteForce(long seed, int nx, int ny, int nz, double p, double sx, double sy, double sz, boolean wall) {
        boolean[] m = Shapes.random(nx, ny, nz, p, seed);
        float[] d = DistanceTransform.edtSquared(m, nx, ny, nz, sx, sy, sz, wall);
        double[] ref = bruteForce(m, nx, ny, nz, sx, sy, sz, wall);
        for (int i = 0; i < m.length; i++) {
            if (Double.isInfinite(ref[i])) {
                assertThat(d[i]).isEqualTo(Float.POSITIVE_INFINITY);
            } else {
                assertThat((double) d[i]).as("voxel %d", i).isCloseTo(ref[i], org.assertj.core.data.Offset.offset(1e-6 * ref[i] + 1e-30));
            }
        }
    }

    @Test
    void isotropicSquaredDistancesAreExactIntegers() {
        boolean[] m = Shapes.random(14, 12, 10, 0.93, 11);
        float[] d = DistanceTransform.edtSquared(m, 14, 12, 10);
        double[] ref = bruteForce(m, 14, 12, 10, 1, 1, 1, false);
        for (int i = 0; i < m.length; i++) {
            assertThat((double) d[i]).isEqualTo(ref[i]);
        }
    }

    @Test
    void fullMaskIsInfiniteUnlessBorderIsWall() {
        boolean[] m = new boolean[5 * 4 * 3];
        java.util.Arrays.fill(m, true);
        assertThat(DistanceTransform.edtSquared(m, 5, 4, 3)).containsOnly(Float.POSITIVE_INFINITY);
        float[] w = DistanceTransform.edtSquared(m, 5, 4, 3, 1, 1, 1, true);
        assertThat(w[1 + 5 * (1 + 4 * 1)]).isEqualTo(4f);   // (1,1,1): wall at y=-1... nearest is 2 away
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> DistanceTransform.edtSquared(new boolean[10], 3, 3, 1)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> DistanceTransform.edtSquared(new boolean[9], 3, 3, 1, 0, 1, 1)).isInstanceOf(InputException.class);
    }
}
