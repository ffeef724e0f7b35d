package org.electrotwin.learn.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DenseCholeskyTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64, 203})
    void factorAndInverseMatchEjml(int n) {
        SplittableRandom r = new SplittableRandom(n);
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            b.data[i] = r.nextGaussian();
        }
        DMatrixRMaj k = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multInner(b, k);
        for (int i = 0; i < n; i++) {
            k.data[i * n + i] += 0.1;
        }
        CholeskyDecomposition_F64<DMatrixRMaj> ref = DecompositionFactory_DDRM.chol(n, true);
        assertThat(ref.decompose(k.copy())).isTrue();
        DMatrixRMaj lRef = ref.getT(null);
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        assertThat(CommonOps_DDRM.invert(k.copy(), inv)).isTrue();
        double[] l = k.data.clone();
        assertThat(DenseCholesky.factor(l, n)).isTrue();
        double scale = CommonOps_DDRM.elementMaxAbs(inv);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                assertThat(l[i * n + j]).isCloseTo(lRef.get(i, j), within(1e-9 * (1 + Math.abs(lRef.get(i, j)))));
            }
        }
        double[] ki = DenseCholesky.inverse(l, n);
        for (int i = 0; i < n * n; i++) {
            assertThat(ki[i]).isCloseTo(inv.data[i], within(1e-7 * scale));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5})
    void rejectsIndefiniteMatrices(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = i == n - 1 ? -1 : 1;
        }
        assertThat(DenseCholesky.factor(a, n)).isFalse();
    }
}
