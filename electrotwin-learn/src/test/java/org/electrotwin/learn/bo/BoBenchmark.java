package org.electrotwin.learn.bo;

import java.util.SplittableRandom;

import org.electrotwin.learn.gp.GaussianProcessModel;

/**
 * Benchmark (not a test): GP fit + acquisition optimisation with 500 evaluations in 10 dimensions.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> org.electrotwin.learn.bo.BoBenchmark}.
 */
public final class BoBenchmark {
    private BoBenchmark() {
    }

    static double[] f(double[] x) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += Math.sin(3 * x[j] + j) * (1 + 0.1 * j) + (x[j] - 0.5) * (x[j] - 0.5);
        }
        return new double[] {s};
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int d = 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        double[] lo = new double[d];
        double[] hi = new double[d];
        java.util.Arrays.fill(hi, 1);
        SplittableRandom r = new SplittableRandom(1);
        double[][] x = new double[n][d];
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextDouble();
            }
            y[i] = f(x[i]);
        }
        double[] y0 = new double[n];
        for (int i = 0; i < n; i++) {
            y0[i] = y[i][0];
        }
        for (int rep = 0; rep < 2; rep++) {
            long t = System.nanoTime();
            long c = cpu();
            double lml = GaussianProcessModel.defaults(rep).withBox(lo, hi).withRestarts(2, 100).fit(x, y0).logMarginalLikelihood();
            System.out.printf("full GP fit (3 starts screened 10 L-BFGS iterations, best polished), n=%d d=%d: wall %.2f s,"
                    + " process CPU %.2f s, log marginal likelihood %.4f%n", n, d, (System.nanoTime() - t) / 1e9, (cpu() - c) / 1e9, lml);
        }
        BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(lo, hi, new Goal.Minimise(0), 3));
        o.tell(x, y);
        long total = 0;
        long cpu0 = cpu();
        for (int k = 0; k < rounds; k++) {
            long t = System.nanoTime();
            long c = cpu();
            double[][] next = o.ask(1);
            long dt = System.nanoTime() - t;
            total += dt;
            System.out.printf("iteration %d (n=%d%s): ask wall %.2f s, process CPU %.2f s%n", k, o.size(),
                    BayesianOptimizer.hyperparameterPrefix(o.size()) == o.size() ? ", hyperparameters refitted" : "", dt / 1e9, (cpu() - c) / 1e9);
            o.tell(next, new double[][] {f(next[0])});
        }
        System.out.printf("mean per BO iteration (GP hyperparameters refitted on the prefix schedule, conditioning"
                + " + acquisition every iteration) over %d iterations: wall %.2f s, process CPU %.2f s%n", rounds,
                total / 1e9 / rounds, (cpu() - cpu0) / 1e9 / rounds);
        System.out.printf("load average at the end: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
