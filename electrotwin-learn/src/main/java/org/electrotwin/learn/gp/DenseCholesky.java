package org.electrotwin.learn.gp;

import java.util.stream.IntStream;

/**
 * Cholesky factor and inverse of a symmetric positive-definite matrix on row-major double[] arrays,
 * ordered so that every inner loop is a contiguous dot product (Cholesky–Banachiewicz for the
 * factor; the inverse as UUᵀ with U = L⁻ᵀ, whose rows are forward substitutions). n³/6 multiply-adds
 * each for the factor, L⁻¹ and K⁻¹ (EJML's general multInner takes n³/2 for the last step); the
 * last two are parallel over rows, each row computed independently, so results are identical for any
 * thread count. Checked against EJML in the tests.
 */
public final class DenseCholesky {
    private DenseCholesky() {
    }

    /** Overwrites the lower triangle of {@code a} (n×n) with L, K = LLᵀ; returns false if not positive definite. */
    public static boolean factor(double[] a, int n) {
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            for (int j = 0; j <= i; j++) {
                int rj = j * n;
                double s = a[ri + j] - dot(a, ri, a, rj, j);
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    a[ri + i] = Math.sqrt(s);
                } else {
                    a[ri + j] = s / a[rj + j];
                }
            }
        }
        return true;
    }

    /** K⁻¹ (full symmetric n×n, row-major) from the lower-triangular factor L (upper triangle ignored). */
    public static double[] inverse(double[] l, int n) {
        double[] u = new double[n * n]; // row j of U = column j of L⁻¹, entries c ≥ j
        IntStream.range(0, n).parallel().forEach(j -> {
            int rj = j * n;
            u[rj + j] = 1 / l[j * n + j];
            for (int c = j + 1; c < n; c++) {
                int rc = c * n;
                u[rj + c] = -dot(l, rc + j, u, rj + j, c - j) / l[rc + c]; // Σ_{j≤k<c} L_ck U_jk
            }
        });
        double[] inv = new double[n * n];
        IntStream.range(0, n).parallel().forEach(i -> {
            int ri = i * n;
            for (int j = i; j < n; j++) {
                inv[ri + j] = dot(u, ri + j, u, j * n + j, n - j); // Σ_{c ≥ j} U_ic U_jc
            }
        });
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                inv[j * n + i] = inv[i * n + j];
            }
        }
        return inv;
    }

    private static double dot(double[] a, int oa, double[] b, int ob, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < len; k += 4) {
            s0 += a[oa + k] * b[ob + k];
            s1 += a[oa + k + 1] * b[ob + k + 1];
            s2 += a[oa + k + 2] * b[ob + k + 2];
            s3 += a[oa + k + 3] * b[ob + k + 3];
        }
        for (; k < len; k++) {
            s0 += a[oa + k] * b[ob + k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
