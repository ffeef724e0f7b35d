package org.electrotwin.characterize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WatershedTest {

    static long count(boolean[] m) {
        long c = 0;
        for (boolean b : m) if (b) c++;
        return c;
    }

    @Test
    void disjointBallsOfTwoSizes() {
        int n = 80;
        boolean[] m = new boolean[n * n * n];
        long[] expected = new long[6];
        for (int k = 0; k < 6; k++) {
            boolean[] one = new boolean[n * n * n];
            double r = k % 2 == 0 ? 8 : 12;
            Shapes.ball(one, n, n, n, 15 + 26 * (k % 3) + 0.3 * k, 20 + 38 * (k / 3), 40.2, r);
            expected[k] = count(one);
            for (int i = 0; i < m.length; i++) m[i] |= one[i];
        }
        Watershed.Result w = Watershed.separate(m, n, n, n, 3);
        assertThat(w.count()).isEqualTo(6);
        long[] got = Arrays.copyOfRange(w.volumes(), 1, 7);
        Arrays.sort(got);
        Arrays.sort(expected);
        assertThat(got).isEqualTo(expected);
        Watershed.ParticleSizes s = Watershed.sizes(w, 1e-6);
        assertThat(s.byNumber().d10M()).isCloseTo(16e-6, within(0.6e-6));
        assertThat(s.byNumber().d90M()).isCloseTo(24e-6, within(0.6e-6));
    }

    @Test
    void touchingBallsAreSplitAtTheNeck() {
        int n = 60;
        boolean[] m = new boolean[n * n * n];
        Shapes.ball(m, n, n, n, 21, 30, 30, 10);
        Shapes.ball(m, n, n, n, 38, 30.4, 30, 10);           // centres 17 apart: overlapping caps
        Shapes.ball(m, n, n, n, 30, 30, 47, 6);              // a smaller one on top, touching
        Watershed.Result w = Watershed.separate(m, n, n, n, 3);
        assertThat(w.count()).isEqualTo(3);
        long[] v = Arrays.copyOfRange(w.volumes(), 1, 4);
        Arrays.sort(v);
        double big = 4.0 / 3 * Math.PI * 1000;
        double small = 4.0 / 3 * Math.PI * 216;
        System.out.printf("touching: volumes %s vs ~%.0f, %.0f%n", Arrays.toString(v), small, big);
        assertThat(v[0] / small).isCloseTo(1, within(0.2));
        assertThat(v[1] / big).isCloseTo(1, within(0.1));
        assertThat(v[2] / big).isCloseTo(1, within(0.1));
        assertThat(v[0] + v[1] + v[2]).isEqualTo(count(m));
        // deterministic
        assertThat(Watershed.separate(m, n, n, n, 3).labels()).isEqualTo(w.labels());
    }
}
