package org.electrotwin.learn.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.learn.gp.GaussianProcess;
import org.electrotwin.learn.gp.GaussianProcessModel;
import org.electrotwin.learn.doe.SobolSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SobolIndicesTest {
    static final double A = 7;
    static final double B = 0.1;

    static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    static double[] ishigamiUnit(double[][] u) {
        double[] f = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            double[] x = new double[3];
            for (int j = 0; j < 3; j++) {
                x[j] = -Math.PI + 2 * Math.PI * u[k][j];
            }
            f[k] = ishigami(x);
        }
        return f;
    }

    /** Analytic indices of the Ishigami function (Ishigami & Homma 1990; Sobol' & Levitan 1999). */
    static double[][] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * 8 / 225;
        double v = v1 + v2 + v13;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}, {v}};
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ishigamiIndicesMatchTheAnalyticValues(long seed) {
        SobolIndices s = SobolIndices.analyse(SobolIndicesTest::ishigamiUnit, 3, 1 << 14, seed);
        double[][] exact = analytic();
        assertThat(s.variance()).isCloseTo(exact[2][0], within(0.05 * exact[2][0]));
        for (int i = 0; i < 3; i++) {
            assertThat(s.firstOrder()[i]).as("S%d", i + 1).isCloseTo(exact[0][i], within(0.01));
            assertThat(s.total()[i]).as("ST%d", i + 1).isCloseTo(exact[1][i], within(0.01));
        }
    }

    /** Through a GP surrogate trained on 200 points the indices still land near the analytic ones. */
    @Test
    void indicesOfAGaussianProcessSurrogate() {
        double[][] u = SobolSequence.scrambled(3, 4).points(256);
        double[][] x = new double[u.length][3];
        for (int k = 0; k < u.length; k++) {
            for (int j = 0; j < 3; j++) {
                x[k][j] = -Math.PI + 2 * Math.PI * u[k][j];
            }
        }
        double[] y = ishigamiUnit(u);
        GaussianProcess gp = GaussianProcessModel.defaults(3).fit(x, y);
        double[] lo = {-Math.PI, -Math.PI, -Math.PI};
        double[] hi = {Math.PI, Math.PI, Math.PI};
        SobolIndices s = SobolIndices.ofSurrogate(gp, lo, hi, 1 << 11, 5);
        double[][] exact = analytic();
        System.out.printf("Ishigami via GP(256 pts): S = %s, ST = %s%n", java.util.Arrays.toString(s.firstOrder()),
                java.util.Arrays.toString(s.total()));
        for (int i = 0; i < 3; i++) {
            assertThat(s.firstOrder()[i]).isCloseTo(exact[0][i], within(0.05));
            assertThat(s.total()[i]).isCloseTo(exact[1][i], within(0.05));
        }
    }
}
