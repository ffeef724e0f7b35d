package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeometricTortuosityTest {

    @Test
    void straightCylindersAlongX() {
        int nx = 40, ny = 30, nz = 30;
        boolean[] m = ConnectedComponentsTest.cylindersAlongX(nx, ny, nz);
        GeometricTortuosity.Result x = GeometricTortuosity.along(m, nx, ny, nz, Axis.X, 1e-6);
        assertThat(x.tortuosity()).isEqualTo(1.0);
        assertThat(x.meanPathLengthM()).isCloseTo(39e-6, within(1e-15));
        assertThat(GeometricTortuosity.along(m, nx, ny, nz, Axis.Y, 1e-6).tortuosity()).isNaN();
        assertThat(GeometricTortuosity.along(m, nx, ny, nz, Axis.Z, 1e-6).outletVoxelsReached()).isZero();
    }

    /**
     * A straight inclined channel (slope b/a in the x–z plane) is convex, so each outlet voxel's
     * shortest path is the straight segment from the nearest inlet voxel.
     */
    @ParameterizedTest
    @CsvSource({"2, 1, 0.03", "1, 1, 0.03", "3, 1, 0.03", "5, 2, 0.03", "1, 0, 0"})
    void inclinedChannel(int a, int b, double tol) {
        int nz = 41, nx = 41 * b / a + 12, ny = 5;
        boolean[] m = new boolean[nx * ny * nz];
        for (int z = 0; z < nz; z++) for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++) {
            double centre = 3 + z * (double) b / a;                 // channel axis: x = 3 + z·b/a
            if (Math.abs(x - centre) <= 2.5) m[x + nx * (y + ny * z)] = true;
        }
        GeometricTortuosity.Result r = GeometricTortuosity.along(m, nx, ny, nz, Axis.Z, 1);
        double sum = 0;
        int outlets = 0;
        for (int x = 0; x < nx; x++) {
            if (!m[x + nx * nx * 0 + nx * ny * (nz - 1)]) continue;
            double best = Double.POSITIVE_INFINITY;
            for (int xi = 0; xi < nx; xi++) if (m[xi]) best = Math.min(best, Math.hypot(x - xi, nz - 1));
            sum += best;
            outlets++;
        }
        double exact = sum / outlets / (nz - 1);
        System.out.printf("channel %d:%d τ %.4f exact %.4f%n", a, b, r.tortuosity(), exact);
        assertThat(r.tortuosity()).isCloseTo(exact, within(tol * exact));
    }

    /** Same distances as a textbook binary-heap Dijkstra over the same move set. */
    @Test
    void matchesHeapDijkstra() {
        int nx = 15, ny = 12, nz = 13;
        boolean[] m = Shapes.random(nx, ny, nz, 0.6, 9);
        GeometricTortuosity.Moves mv = new GeometricTortuosity.Moves(nx, ny);
        int[] fast = GeometricTortuosity.distances(m, nx, ny, nz, Axis.Y, mv);
        int[] ref = new int[m.length];
        Arrays.fill(ref, Integer.MAX_VALUE);
        PriorityQueue<long[]> q = new PriorityQueue<>((p, r) -> Long.compare(p[0], r[0]));
        for (int i = 0; i < m.length; i++) if (m[i] && (i / nx) % ny == 0) { ref[i] = 0; q.add(new long[] {0, i}); }
        while (!q.isEmpty()) {
            long[] e = q.poll();
            int i = (int) e[1];
            if (e[0] > ref[i]) continue;
            int x = i % nx, y = (i / nx) % ny, z = i / (nx * ny);
            for (int k = 0; k < mv.count; k++) {
                int xx = x + mv.dx[k], yy = y + mv.dy[k], zz = z + mv.dz[k];
                if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) continue;
                int j = i + mv.offset[k];
                boolean ok = m[j];
                for (int o : mv.via[k]) ok &= m[i + o];
                if (ok && ref[i] + mv.weight[k] < ref[j]) { ref[j] = ref[i] + mv.weight[k]; q.add(new long[] {ref[j], j}); }
            }
        }
        assertThat(fast).isEqualTo(ref);
    }
}
