package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FractalAggregateTest {
    /** Free aggregates of 16–256 units: the mass–R_g fit recovers D_f within ±0.1. */
    @ParameterizedTest
    @CsvSource({"1.8, 1.31", "2.2, 0.87", "2.6, 0.61"})
    void freeAggregatesHaveTheRequestedFractalDimension(double df, double kf) {
        int[] sizes = {16, 24, 32, 48, 64, 96, 128, 192, 256};
        int seeds = 3;
        int[] n = new int[sizes.length * seeds];
        double[] rg = new double[n.length];
        int k = 0;
        for (int size : sizes) {
            for (int s = 0; s < seeds; s++) {
                FractalAggregate.Aggregate a = FractalAggregate.build(size, df, kf, Seeds.rng(17 + s, size));
                n[k] = a.count();
                rg[k++] = a.radiusOfGyration();
            }
        }
        FractalDimension.Fit fit = FractalDimension.massRadiusFit(n, rg);
        System.out.printf("D_f %.2f k_f %.2f: fitted D_f %.3f k_f %.3f R2 %.4f%n", df, kf, fit.fractalDimension(),
                fit.prefactor(), fit.rSquared());
        assertThat(fit.fractalDimension()).isCloseTo(df, within(0.1));
        assertThat(fit.prefactor()).isCloseTo(kf, within(0.3 * kf));
    }

    /**
     * An independent measure: inside large aggregates (1024 units) the number of unit pairs
     * closer than r grows like r^D_f for a ≪ r ≪ R_g (Sorensen 2001), here r = 4a…16a. At
     * D_f = 2.6 that window reaches R_g ≈ 19a and the cut-off bends the count (2.36 measured), so
     * the check is made where the window lies well inside the aggregates.
     */
    @ParameterizedTest
    @CsvSource({"1.8, 1.31", "2.2, 0.87"})
    void pairCorrelationScalingConfirmsTheFractalDimension(double df, double kf) {
        double[] r = {4, 4 * Math.sqrt(2), 8, 8 * Math.sqrt(2), 16};
        int[] pairs = new int[r.length];
        for (int s = 0; s < 3; s++) {
            FractalAggregate.Aggregate a = FractalAggregate.build(1024, df, kf, Seeds.rng(s, 9));
            for (int i = 0; i < a.count(); i++) {
                for (int j = i + 1; j < a.count(); j++) {
                    double d = Math.sqrt(Math.pow(a.x()[i] - a.x()[j], 2) + Math.pow(a.y()[i] - a.y()[j], 2)
                            + Math.pow(a.z()[i] - a.z()[j], 2));
                    for (int k = 0; k < r.length; k++) {
                        if (d < r[k]) {
                            pairs[k]++;
                        }
                    }
                }
            }
        }
        // the same least-squares line, with pair counts as the "mass" and r as the radius
        FractalDimension.Fit fit = FractalDimension.massRadiusFit(pairs, r);
        System.out.printf("D_f %.2f: pair-count slope %.3f%n", df, fit.fractalDimension());
        assertThat(fit.fractalDimension()).isCloseTo(df, within(0.1));
    }

    /** Brute force: no two monomers overlap, and the contact graph (distance 2) is connected. */
    @ParameterizedTest
    @ValueSource(doubles = {1.8, 2.6})
    void monomersTouchWithoutOverlapAndFormOneCluster(double df) {
        FractalAggregate.Aggregate a = FractalAggregate.build(77, df, 1.3, Seeds.rng(5, 0));
        int n = a.count();
        assertThat(n).isEqualTo(77);
        boolean[][] touch = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = Math.sqrt(Math.pow(a.x()[i] - a.x()[j], 2) + Math.pow(a.y()[i] - a.y()[j], 2)
                        + Math.pow(a.z()[i] - a.z()[j], 2));
                assertThat(d).isGreaterThan(2 - 1e-5);
                touch[i][j] = touch[j][i] = d < 2 + 1e-5;
            }
        }
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int reached = 1;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < n; j++) {
                if (touch[i][j] && !seen[j]) {
                    seen[j] = true;
                    reached++;
                    queue.add(j);
                }
            }
        }
        assertThat(reached).isEqualTo(n);
        // centred on the centre of mass
        double sx = 0;
        for (double v : a.x()) {
            sx += v;
        }
        assertThat(sx / n).isCloseTo(0, within(1e-9));
    }

    @Test
    void fitRecoversAnExactPowerLaw() {
        int[] n = {10, 100, 1000};
        double[] rg = new double[3];
        for (int k = 0; k < 3; k++) {
            rg[k] = Math.pow(n[k] / 1.7, 1 / 2.1);
        }
        FractalDimension.Fit fit = FractalDimension.massRadiusFit(n, rg);
        assertThat(fit.fractalDimension()).isCloseTo(2.1, within(1e-12));
        assertThat(fit.prefactor()).isCloseTo(1.7, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-12));
        // radius of gyration of the 8 corners of a cube of edge 2: sqrt(3)
        double[] x = {-1, 1, -1, 1, -1, 1, -1, 1};
        double[] y = {-1, -1, 1, 1, -1, -1, 1, 1};
        double[] z = {-1, -1, -1, -1, 1, 1, 1, 1};
        assertThat(FractalDimension.radiusOfGyration(x, y, z)).isCloseTo(Math.sqrt(3), within(1e-12));
    }

    @Test
    void sameSeedSameAggregate() {
        FractalAggregate.Aggregate a = FractalAggregate.build(40, 2.0, 1.3, Seeds.rng(3, 3));
        FractalAggregate.Aggregate b = FractalAggregate.build(40, 2.0, 1.3, Seeds.rng(3, 3));
        assertThat(a.x()).isEqualTo(b.x());
        assertThat(a.z()).isEqualTo(b.z());
    }
}
