package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MercuryIntrusionTest {

    /** Radius by radius, as PoreSpy's porosimetry does it: seeds d ≥ r, flood from the inlet through seeds, dilate by r. */
    static int[] bruteForce(boolean[] m, int nx, int ny, int nz, Face inlet) {
        double[] d2 = DistanceTransformTest.bruteForce(m, nx, ny, nz, 1, 1, 1, false);
        TreeSet<Integer> radii = new TreeSet<>();
        for (int i = 0; i < m.length; i++) if (m[i] && !Double.isInfinite(d2[i])) radii.add((int) d2[i]);
        int[] out = new int[m.length];
        int[][] six = Connectivity.SIX.offsets(false);
        for (int r2 : radii.descendingSet()) {
            boolean[] reached = new boolean[m.length];
            ArrayDeque<Integer> q = new ArrayDeque<>();
            for (int i = 0; i < m.length; i++) {
                int x = i % nx, y = (i / nx) % ny, z = i / (nx * ny);
                int c = inlet.axis() == Axis.X ? x : inlet.axis() == Axis.Y ? y : z;
                int last = Grid.size(nx, ny, nz, inlet.axis()) - 1;
                if (m[i] && d2[i] >= r2 && c == (inlet.isHigh() ? last : 0)) { reached[i] = true; q.add(i); }
            }
            while (!q.isEmpty()) {
                int i = q.poll();
                int x = i % nx, y = (i / nx) % ny, z = i / (nx * ny);
                for (int[] o : six) {
                    int xx = x + o[0], yy = y + o[1], zz = z + o[2];
                    if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) continue;
                    int j = xx + nx * (yy + ny * zz);
                    if (m[j] && !reached[j] && d2[j] >= r2) { reached[j] = true; q.add(j); }
                }
            }
            for (int c = 0; c < m.length; c++) {
                if (!reached[c]) continue;
                int cx = c % nx, cy = (c / nx) % ny, cz = c / (nx * ny);
                for (int p = 0; p < m.length; p++) {
                    int dx = p % nx - cx, dy = (p / nx) % ny - cy, dz = p / (nx * ny) - cz;
                    if (out[p] == 0 && dx * dx + dy * dy + dz * dz < r2) out[p] = r2;
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1, 12, 10, 11, 0.75, Z_MAX", "2, 13, 12, 9, 0.85, X_MIN", "3, 14, 14, 14, 0.9, Y_MAX", "4, 10, 12, 13, 0.6, Z_MIN"})
    void matchesRadiusByRadiusInvasion(long seed, int nx, int ny, int nz, double p, Face inlet) {
        boolean[] m = Shapes.random(nx, ny, nz, p, seed);
        assertThat(MercuryIntrusion.squaredRadius(m, nx, ny, nz, inlet)).isEqualTo(bruteForce(m, nx, ny, nz, inlet));
    }

    /** A wide cavity behind a narrow throat fills only at the throat's radius (ink-bottle effect). */
    @Test
    void inkBottleFillsAtTheThroatRadius() {
        int n = 40;
        boolean[] m = new boolean[n * n * n];
        Shapes.ball(m, n, n, n, 20, 20, 18, 10);                      // body of radius 10
        for (int z = 26; z < n; z++) for (int y = 18; y <= 22; y++) for (int x = 18; x <= 22; x++)
            m[x + n * (y + n * z)] = true;                            // 5×5 neck up to the inlet at z = n−1
        int[] r2 = MercuryIntrusion.squaredRadius(m, n, n, n, Face.Z_MAX);
        int[] lt = LocalThickness.squaredRadius(m, n, n, n);
        int centre = 20 + n * (20 + n * 18);
        assertThat(lt[centre]).isGreaterThan(90);                    // the body itself is wide
        assertThat(r2[centre]).isLessThanOrEqualTo(9);                // but intruded through the neck (d ≤ 3)
        MercuryIntrusion.Result res = MercuryIntrusion.intrude(m, n, n, n, Face.Z_MAX, 1e-6);
        assertThat(res.accessibleFraction()).isEqualTo(1.0);
        assertThat(res.distribution().d90M()).isLessThanOrEqualTo(6e-6 + 1e-12);
    }

    @Test
    void unreachableVoxelsAreNotInvaded() {
        int n = 20;
        boolean[] m = new boolean[n * n * n];
        Shapes.ball(m, n, n, n, 10, 10, 10, 5);                      // floats in the middle
        MercuryIntrusion.Result r = MercuryIntrusion.intrude(m, n, n, n, Face.Z_MIN, 1e-6);
        assertThat(r.accessibleFraction()).isZero();
        assertThat(r.distribution().sampledVoxels()).isZero();
        assertThat(r.distribution().d50M()).isNaN();
    }
}
