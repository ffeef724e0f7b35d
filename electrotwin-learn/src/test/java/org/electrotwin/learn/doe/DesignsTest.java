package org.electrotwin.learn.doe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DesignsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void latinHypercubeHasOnePointPerStratum(long seed) {
        int n = 37;
        double[][] x = LatinHypercube.maximin(n, 6, 5, seed);
        for (int j = 0; j < 6; j++) {
            boolean[] hit = new boolean[n];
            for (double[] p : x) {
                int cell = (int) (p[j] * n);
                assertThat(hit[cell]).isFalse();
                hit[cell] = true;
            }
        }
        assertThat(LatinHypercube.maximin(n, 6, 5, seed)).isDeepEqualTo(x);
    }

    @Test
    void maximinKeepsTheMostSpreadCandidate() {
        double best = LatinHypercube.minPairwiseDistanceSquared(LatinHypercube.maximin(20, 3, 20, 7));
        for (int c = 0; c < 20; c++) {
            double[][] candidate = LatinHypercube.sample(20, 3, org.electrotwin.learn.Seeds.derive(7, 1_000_003L * c));
            assertThat(best).isGreaterThanOrEqualTo(LatinHypercube.minPairwiseDistanceSquared(candidate));
        }
    }

    /** Sum is exactly 1 and every bound holds, for both designs and several seeds. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void simplexDesignsAlwaysSatisfyTheConstraint(long seed) {
        DesignSpace space = new DesignSpace(
                List.of(DesignSpace.Range.linear("pressureMPa", 10, 200), new DesignSpace.Range("dryingRate", 0.01, 10, true)),
                List.of(new DesignSpace.SimplexGroup(List.of("am", "binder", "carbon"),
                        new double[] {0.80, 0.02, 0.02}, new double[] {0.96, 0.10, 0.08})));
        for (String method : List.of("sobol", "lhs")) {
            double[][] pts = Designs.generate(space, method, 64, seed);
            assertThat(pts).hasNumberOfRows(64);
            for (double[] p : pts) {
                assertThat(p[0]).isBetween(10.0, 200.0);
                assertThat(p[1]).isBetween(0.01, 10.0);
                assertThat(p[2] + p[3] + p[4]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(p[2]).isBetween(0.80, 0.96);
                assertThat(p[3]).isBetween(0.02, 0.10);
                assertThat(p[4]).isBetween(0.02, 0.08);
            }
        }
    }

    /** Without upper bounds the stick-breaking map is uniform on the simplex: E[x_i] = 1/k, P(x_1 < ½) = 1 − (½)^{k−1}. */
    @Test
    void unboundedSimplexIsUniform() {
        SimplexMapping m = new SimplexMapping(new double[4], new double[] {1, 1, 1, 1});
        double[][] u = SobolSequence.scrambled(3, 2).points(1 << 14);
        double[] mean = new double[4];
        int below = 0;
        for (double[] p : u) {
            double[] x = m.map(p, 0);
            for (int i = 0; i < 4; i++) {
                mean[i] += x[i] / u.length;
            }
            if (x[0] < 0.5) {
                below++;
            }
        }
        for (double v : mean) {
            assertThat(v).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-3));
        }
        assertThat(below / (double) u.length).isCloseTo(1 - 0.125, org.assertj.core.data.Offset.offset(2e-3));
    }

    @Test
    void rejectsInfeasibleBounds() {
        assertThatThrownBy(() -> new SimplexMapping(new double[] {0.6, 0.6}, new double[] {1, 1}))
                .isInstanceOf(InputException.class).hasMessageContaining("sum of lower bounds");
        assertThatThrownBy(() -> Designs.sampler("grid")).isInstanceOf(InputException.class).hasMessageContaining("sobol");
    }
}
