package org.electrotwin.learn.bo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalMathTest {
    private static final MathContext MC = new MathContext(160);

    /** Φ(−t) for t > 0 to ~50 digits: erfc by its Taylor series in BigDecimal (independent reference). */
    static BigDecimal upperTail(double t) {
        // Φ(−t) = ½ − ∫₀ᵗ φ = ½ − (1/√(2π)) Σ_k (−1)^k t^(2k+1) / (2^k k! (2k+1)).
        BigDecimal x = new BigDecimal(t);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = x; // t^(2k+1)/(2^k k!)
        for (int k = 0; k < 2000; k++) {
            BigDecimal add = term.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = (k % 2 == 0) ? sum.add(add) : sum.subtract(add);
            term = term.multiply(x).multiply(x).divide(BigDecimal.valueOf(2L * (k + 1)), MC);
            if (term.abs().compareTo(new BigDecimal("1e-170")) < 0) {
                break;
            }
        }
        // 2π to 50 digits: a double π would leave a 1e-16 error that the cancellation ½ − ∫ amplifies.
        BigDecimal invSqrt2Pi = BigDecimal.ONE.divide(new BigDecimal("6.283185307179586476925286766559005768394338798750").sqrt(MC), MC);
        return new BigDecimal("0.5").subtract(invSqrt2Pi.multiply(sum, MC), MC);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, -2, -4.9, -5.1, -7, -10})
    void logHMatchesHighPrecisionReference(double z) {
        double t = -z;
        BigDecimal tail = upperTail(t);
        BigDecimal pdf = new BigDecimal(Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI));
        // h(z) = φ(z) + zΦ(z) = φ(t) − tΦ(−t)
        double h = pdf.subtract(new BigDecimal(t).multiply(tail, MC), MC).doubleValue();
        assertThat(NormalMath.logH(z)).isCloseTo(Math.log(h), within(1e-9 * Math.max(1, Math.abs(Math.log(h)))));
        assertThat(NormalMath.logCdf(z)).isCloseTo(Math.log(tail.doubleValue()), within(1e-10 * Math.max(1, Math.abs(Math.log(tail.doubleValue())))));
    }

    /** Far tail: h(z)/φ(z) = t⁻² − 3t⁻⁴ + 15t⁻⁶ − 105t⁻⁸ + 945t⁻¹⁰ − … (t = −z, asymptotic series of the Mills ratio). */
    @ParameterizedTest
    @ValueSource(doubles = {-15, -30, -100})
    void logHMatchesAsymptoticSeries(double z) {
        double t2 = 1 / (z * z);
        double ratio = t2 * (1 + t2 * (-3 + t2 * (15 + t2 * (-105 + t2 * (945 - 10395 * t2)))));
        assertThat(NormalMath.logH(z)).isCloseTo(NormalMath.logPdf(z) + Math.log(ratio), within(1e-9));
    }

    @Test
    void logHIsFiniteAndMonotoneFarIntoTheTail() {
        double prev = Double.NEGATIVE_INFINITY;
        for (double z = -1000; z <= 20; z += 0.37) {
            double v = NormalMath.logH(z);
            assertThat(v).isFinite().isGreaterThan(prev);
            prev = v;
        }
        // Asymptote: log h(z) ≈ −z²/2 − log(2π)/2 − 2 log|z| for z → −∞.
        double z = -1000;
        assertThat(NormalMath.logH(z)).isCloseTo(-0.5 * z * z - 0.5 * Math.log(2 * Math.PI) - 2 * Math.log(-z), within(1e-5));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-30, -6, -5.0001, -4.9999, -1, 0, 2, 8})
    void derivativesMatchFiniteDifferences(double z) {
        double h = 1e-6;
        assertThat(NormalMath.logHDerivative(z)).isCloseTo((NormalMath.logH(z + h) - NormalMath.logH(z - h)) / (2 * h),
                within(1e-5 * (1 + Math.abs(z))));
        assertThat(NormalMath.logCdfDerivative(z)).isCloseTo((NormalMath.logCdf(z + h) - NormalMath.logCdf(z - h)) / (2 * h),
                within(1e-5 * (1 + Math.abs(z))));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-40, -3, -0.5, 0.5, 3, 40})
    void probabilityBetweenAgreesWithDifferenceOfCdfs(double a) {
        double b = a + 1.5;
        double[] r = NormalMath.logProbabilityBetween(a, b);
        double direct = Math.log(NormalMath.cdf(b) - NormalMath.cdf(a));
        if (Math.abs(a) < 6) {
            assertThat(r[0]).isCloseTo(direct, within(1e-10));
        }
        assertThat(r[0]).isFinite();
        double h = 1e-6;
        assertThat(r[1]).isCloseTo((NormalMath.logProbabilityBetween(a + h, b)[0] - NormalMath.logProbabilityBetween(a - h, b)[0]) / (2 * h),
                within(1e-4 * (1 + Math.abs(r[1]))));
        assertThat(r[2]).isCloseTo((NormalMath.logProbabilityBetween(a, b + h)[0] - NormalMath.logProbabilityBetween(a, b - h)[0]) / (2 * h),
                within(1e-4 * (1 + Math.abs(r[2]))));
    }
}
