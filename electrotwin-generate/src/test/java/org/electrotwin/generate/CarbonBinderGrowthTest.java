package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarbonBinderGrowthTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void neighbourhoodCountsMatchBruteForce(long seed) {
        int nx = 13;
        int ny = 9;
        int nz = 7;
        UniformRandomProvider rng = Seeds.rng(seed, 0);
        byte[] l = new byte[nx * ny * nz];
        for (int i = 0; i < l.length; i++) {
            l[i] = (byte) (rng.nextDouble() < 0.4 ? 1 : 0);
        }
        byte[] fast = CarbonBinderGrowth.neighbourhoodCounts(l, nx, ny, nz, (byte) 1);
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    boolean touches = false;
                    int[][] f = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
                    for (int[] d : f) {
                        int zz = z + d[2];
                        if (zz >= 0 && zz < nz && l[Math.floorMod(x + d[0], nx) + nx * (Math.floorMod(y + d[1], ny) + ny * zz)] == 1) {
                            touches = true;
                        }
                    }
                    int c = 0;
                    for (int dz = -2; dz <= 2; dz++) {
                        for (int dy = -2; dy <= 2; dy++) {
                            for (int dx = -2; dx <= 2; dx++) {
                                int zz = z + dz;
                                if (zz >= 0 && zz < nz
                                        && l[Math.floorMod(x + dx, nx) + nx * (Math.floorMod(y + dy, ny) + ny * zz)] == 1) {
                                    c++;
                                }
                            }
                        }
                    }
                    int expected = l[i] == 0 && touches ? c : 0;
                    assertThat(fast[i] & 0xFF).as("voxel %d %d %d", x, y, z).isEqualTo(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void growsExactlyTheTargetOnTheActiveMaterial(long seed) {
        int n = 40;
        byte[] l = new byte[n * n * n];
        double[] c = {20};
        SphereVoxelizer.voxelize(l, n, n, n, c, c, c, new double[] {9}, 1, 1.0, (byte) 1, false);
        long am = SphereVoxelizer.count(l, (byte) 1);
        CarbonBinderGrowth.grow(l, n, n, n, 3000, CbdParams.defaults(), (byte) 1, (byte) 2, seed);
        assertThat(SphereVoxelizer.count(l, (byte) 2)).isEqualTo(3000);
        assertThat(SphereVoxelizer.count(l, (byte) 1)).isEqualTo(am);
        // every CBD voxel is connected to the sphere: within the grown shell, none floating far away
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (l[x + n * (y + n * z)] == 2) {
                        double r = Math.sqrt(Math.pow(x + 0.5 - 20, 2) + Math.pow(y + 0.5 - 20, 2) + Math.pow(z + 0.5 - 20, 2));
                        assertThat(r).isLessThan(19.0);
                    }
                }
            }
        }
    }
}
