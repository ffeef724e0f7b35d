package org.electrotwin.learn.bo;

/**
 * Standard optimisation benchmarks (Dixon &amp; Szegő 1978; definitions and minima as tabulated by
 * Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments).
 */
public final class TestFunctions {
    /** A benchmark: box, known global minimum, the function (one output). */
    public record Benchmark(String name, double[] lower, double[] upper, double minimum, Objective objective) {
    }

    private TestFunctions() {
    }

    /** Branin-Hoo on [−5, 10] × [0, 15], minimum 0.397887 at (−π, 12.275), (π, 2.275), (9.42478, 2.475). */
    public static double branin(double x1, double x2) {
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        double u = x2 - b * x1 * x1 + c * x1 - 6;
        return u * u + 10 * (1 - t) * Math.cos(x1) + 10;
    }

    private static final double[] H6_ALPHA = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] H6_A = {
        {10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8}, {17, 8, 0.05, 10, 0.1, 14}};
    private static final double[][] H6_P = {
        {1312, 1696, 5569, 124, 8283, 5886}, {2329, 4135, 8307, 3736, 1004, 9991},
        {2348, 1451, 3522, 2883, 3047, 6650}, {4047, 8828, 8732, 5743, 1091, 381}};

    /** Hartmann-6 on [0, 1]⁶, minimum −3.32237 at (0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573). */
    public static double hartmann6(double[] x) {
        double s = 0;
        for (int i = 0; i < 4; i++) {
            double e = 0;
            for (int j = 0; j < 6; j++) {
                double t = x[j] - 1e-4 * H6_P[i][j];
                e += H6_A[i][j] * t * t;
            }
            s += H6_ALPHA[i] * Math.exp(-e);
        }
        return -s;
    }

    public static Benchmark branin() {
        return new Benchmark("branin", new double[] {-5, 0}, new double[] {10, 15}, 0.397887,
                x -> new double[] {branin(x[0], x[1])});
    }

    public static Benchmark hartmann6() {
        return new Benchmark("hartmann6", new double[6], new double[] {1, 1, 1, 1, 1, 1}, -3.32237,
                x -> new double[] {hartmann6(x)});
    }
}
