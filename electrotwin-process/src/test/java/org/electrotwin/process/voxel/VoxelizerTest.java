package org.electrotwin.process.voxel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.process.engine.Particles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoxelizerTest {
    static final double H = 1e-6;

    @ParameterizedTest
    @ValueSource(doubles = {8.3, 15.7, 24.1})
    void sphereVolumeMatchesAnalyticEvenAcrossThePeriodicEdge(double radiusVoxels) {
        Particles p = new Particles(1);
        // centred near a corner so it wraps in x and y
        p.add(Particles.AM, 1.3 * H, 62.6 * H, 30.2 * H, radiusVoxels * H, 1);
        LabeledVolume v = Voxelizer.voxelize(p, 64 * H, 64 * H, 64 * H, H);
        long voxels = v.histogram()[1];
        double exact = 4.0 / 3.0 * Math.PI * Math.pow(radiusVoxels, 3);
        // lattice-point count error of a ball is O(r) voxels (a fraction of the surface)
        assertThat(Math.abs(voxels - exact) / exact).isLessThan(radiusVoxels > 10 ? 0.01 : 0.03);
    }

    @Test
    void matchesBruteForceWithPhasePriority() {
        SplittableRandom rnd = new SplittableRandom(3);
        Particles p = new Particles(60);
        for (int i = 0; i < 60; i++) {
            p.add(rnd.nextInt(3), 20 * H * rnd.nextDouble(), 16 * H * rnd.nextDouble(), 12 * H * rnd.nextDouble(),
                    (1 + 3 * rnd.nextDouble()) * H, 1);
        }
        LabeledVolume v = Voxelizer.voxelize(p, 20 * H, 16 * H, 12 * H, H);
        int[] priority = {0, 3, 1, 2};
        for (int z = 0; z < 12; z++) {
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 20; x++) {
                    int expected = 0;
                    for (int i = 0; i < p.size(); i++) {
                        double dx = (x + 0.5) * H - p.x[i];
                        double dy = (y + 0.5) * H - p.y[i];
                        dx -= 20 * H * Math.rint(dx / (20 * H));
                        dy -= 16 * H * Math.rint(dy / (16 * H));
                        double dz = (z + 0.5) * H - p.z[i];
                        if (dx * dx + dy * dy + dz * dz <= p.r[i] * p.r[i]) {
                            int label = p.type[i] + 1;
                            if (priority[label] > priority[expected]) {
                                expected = label;
                            }
                        }
                    }
                    assertThat(v.label(x, y, z)).as("voxel %d %d %d", x, y, z).isEqualTo(expected);
                }
            }
        }
        assertThat(v.labelsPresent()).contains(0, 1, 2, 3);
    }
}
