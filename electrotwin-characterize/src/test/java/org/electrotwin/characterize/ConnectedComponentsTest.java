package org.electrotwin.characterize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectedComponentsTest {

    /** Flood fill from each unlabelled voxel in scan order: the same numbering by construction. */
    static int[] floodFill(boolean[] m, int nx, int ny, int nz, Connectivity c) {
        int[][] off = c.offsets(false);
        int[] lab = new int[m.length];
        int next = 0;
        for (int s = 0; s < m.length; s++) {
            if (!m[s] || lab[s] != 0) continue;
            lab[s] = ++next;
            ArrayDeque<Integer> q = new ArrayDeque<>();
            q.add(s);
            while (!q.isEmpty()) {
                int i = q.poll();
                int x = i % nx, y = (i / nx) % ny, z = i / (nx * ny);
                for (int[] o : off) {
                    int xx = x + o[0], yy = y + o[1], zz = z + o[2];
                    if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) continue;
                    int j = xx + nx * (yy + ny * zz);
                    if (m[j] && lab[j] == 0) {
                        lab[j] = next;
                        q.add(j);
                    }
                }
            }
        }
        return lab;
    }

    @ParameterizedTest
    @CsvSource({"1, 0.3, SIX", "2, 0.3, EIGHTEEN", "3, 0.3, TWENTY_SIX", "4, 0.5, SIX", "5, 0.2, TWENTY_SIX", "6, 0.45, EIGHTEEN"})
    void matchesFloodFill(long seed, double p, Connectivity c) {
        int nx = 17, ny = 13, nz = 11;
        boolean[] m = Shapes.random(nx, ny, nz, p, seed);
        ConnectedComponents.Result r = ConnectedComponents.label(m, nx, ny, nz, c);
        int[] ref = floodFill(m, nx, ny, nz, c);
        assertThat(r.labels()).isEqualTo(ref);
        int max = java.util.Arrays.stream(ref).max().orElse(0);
        assertThat(r.count()).isEqualTo(max);
        long total = 0;
        for (int l = 1; l <= r.count(); l++) total += r.sizes()[l];
        assertThat(total).isEqualTo(java.util.stream.IntStream.range(0, m.length).filter(i -> m[i]).count());
    }

    @Test
    void diagonalNeighboursDependOnConnectivity() {
        boolean[] m = new boolean[8];           // 2x2x2, two opposite corners
        m[0] = true;
        m[7] = true;
        assertThat(ConnectedComponents.label(m, 2, 2, 2, Connectivity.SIX).count()).isEqualTo(2);
        assertThat(ConnectedComponents.label(m, 2, 2, 2, Connectivity.EIGHTEEN).count()).isEqualTo(2);
        assertThat(ConnectedComponents.label(m, 2, 2, 2, Connectivity.TWENTY_SIX).count()).isEqualTo(1);
        m[7] = false;
        m[3] = true;                            // edge neighbour (1,1,0)
        assertThat(ConnectedComponents.label(m, 2, 2, 2, Connectivity.SIX).count()).isEqualTo(2);
        assertThat(ConnectedComponents.label(m, 2, 2, 2, Connectivity.EIGHTEEN).count()).isEqualTo(1);
    }

    @Test
    void straightCylindersAlongXPercolateOnlyAlongX() {
        int nx = 40, ny = 30, nz = 30;
        boolean[] m = cylindersAlongX(nx, ny, nz);
        PhaseConnectivity.Metrics c = PhaseConnectivity.analyze(m, nx, ny, nz, Connectivity.SIX);
        assertThat(c.percolatingX()).isTrue();
        assertThat(c.percolatingY()).isFalse();
        assertThat(c.percolatingZ()).isFalse();
        assertThat(c.percolatingFraction().x()).isEqualTo(1.0);
        assertThat(c.isolatedFraction()).isZero();
        assertThat(c.componentCount()).isEqualTo(4);
    }

    @Test
    void isolatedAndDeadEndFractions() {
        int n = 20;
        boolean[] m = new boolean[n * n * n];
        Shapes.ball(m, n, n, n, 10, 10, 10, 3);          // isolated ball
        for (int z = 0; z < 5; z++) m[2 + n * (2 + n * z)] = true;   // rod from z=0, dead end along z
        PhaseConnectivity.Metrics c = PhaseConnectivity.analyze(m, n, n, n, Connectivity.SIX);
        long ball = c.voxels() - 5;
        assertThat(c.isolatedFraction()).isCloseTo(ball / (double) c.voxels(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.deadEndFraction().z()).isCloseTo(5.0 / c.voxels(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.faceConnectedFraction()[Face.Z_MIN.ordinal()]).isCloseTo(5.0 / c.voxels(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.percolatingZ()).isFalse();
    }

    static boolean[] cylindersAlongX(int nx, int ny, int nz) {
        boolean[] m = new boolean[nx * ny * nz];
        double[][] centres = {{7, 7}, {7, 21}, {21, 7}, {21, 21}};
        for (int z = 0; z < nz; z++) for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++) {
            for (double[] c : centres) {
                double dy = y - c[0], dz = z - c[1];
                if (dy * dy + dz * dz <= 16) m[x + nx * (y + ny * z)] = true;
            }
        }
        return m;
    }
}
