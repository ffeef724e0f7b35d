package org.electrotwin.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NeighborListTest {

    /** Every pair within a_i + a_j is listed exactly once, compared with an O(N²) search, for size ratios up to 20:1. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void matchesBruteForceForPolydisperseSpheres(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double lx = 100e-6;
        double ly = 80e-6;
        Particles p = new Particles(1500);
        for (int i = 0; i < 1500; i++) {
            // 10 % big (up to 20x the small radius), overlaps allowed: the list does not care
            double r = rnd.nextDouble() < 0.1 ? 5e-6 + 5e-6 * rnd.nextDouble() : 0.5e-6 + 0.5e-6 * rnd.nextDouble();
            p.add(0, lx * rnd.nextDouble(), ly * rnd.nextDouble(), 60e-6 * rnd.nextDouble(), r, 1e-12);
        }
        double range = seed % 2 == 0 ? 0.3e-6 : 0;
        double skin = 0.2e-6;
        NeighborList list = new NeighborList(lx, ly, skin);
        ForkJoinPool pool = new ForkJoinPool(2);
        list.build(p, range, pool);
        pool.shutdown();

        TreeSet<Long> expected = new TreeSet<>();
        int n = p.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = NeighborList.minImage(p.x[j] - p.x[i], lx);
                double dy = NeighborList.minImage(p.y[j] - p.y[i], ly);
                double dz = p.z[j] - p.z[i];
                double reach = p.r[i] + p.r[j] + range + skin;
                if (dx * dx + dy * dy + dz * dz < reach * reach) {
                    expected.add((long) i * n + j);
                }
            }
        }
        TreeSet<Long> actual = new TreeSet<>();
        for (int q = 0; q < list.pairCount(); q++) {
            assertThat(list.lo(q)).isLessThan(list.hi(q));
            actual.add((long) list.lo(q) * n + list.hi(q));
        }
        assertThat(actual).hasSize(list.pairCount()); // no duplicates
        assertThat(actual).isEqualTo(expected);
        // the gather lists hold every pair twice (once per partner)
        int[] start = list.gatherStart();
        assertThat(start[n]).isEqualTo(2 * list.pairCount());
    }
}
