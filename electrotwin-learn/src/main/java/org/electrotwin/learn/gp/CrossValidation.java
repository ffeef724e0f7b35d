package org.electrotwin.learn.gp;

import java.util.SplittableRandom;

import org.electrotwin.core.InputException;

/**
 * k-fold cross-validation of a surrogate model: each point is predicted by a model trained without
 * its fold. Reports R² = 1 − SS_res/SS_tot, RMSE and the out-of-fold predictions (parity plot).
 *
 * @param r2        coefficient of determination of the out-of-fold predictions
 * @param rmse      root-mean-square error of the out-of-fold predictions
 * @param predicted out-of-fold prediction of every point, in input order
 * @param variance  predicted variance of every point
 */
public record CrossValidation(double r2, double rmse, double[] predicted, double[] variance) {

    /** Folds from a seeded random permutation; fold f holds the points at permuted positions ≡ f (mod k). */
    public static CrossValidation kFold(SurrogateModel model, double[][] x, double[] y, int k, long seed) {
        int n = y.length;
        if (k < 2 || k > n || x.length != n) {
            throw new InputException("cross-validation: needs 2 <= k <= n folds and one output per input, got k=" + k
                    + ", " + x.length + " inputs, " + n + " outputs");
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double[] pred = new double[n];
        double[] var = new double[n];
        for (int f = 0; f < k; f++) {
            int test = (n - f + k - 1) / k; // positions f, f+k, ...
            double[][] xTrain = new double[n - test][];
            double[] yTrain = new double[n - test];
            double[][] xTest = new double[test][];
            int[] testIdx = new int[test];
            int a = 0;
            int b = 0;
            for (int p = 0; p < n; p++) {
                int i = perm[p];
                if (p % k == f) {
                    xTest[b] = x[i];
                    testIdx[b++] = i;
                } else {
                    xTrain[a] = x[i];
                    yTrain[a++] = y[i];
                }
            }
            Prediction pr = model.fit(xTrain, yTrain).predict(xTest);
            for (int t = 0; t < test; t++) {
                pred[testIdx[t]] = pr.mean()[t];
                var[testIdx[t]] = pr.variance()[t];
            }
        }
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < n; i++) {
            ssRes += (y[i] - pred[i]) * (y[i] - pred[i]);
            ssTot += (y[i] - mean) * (y[i] - mean);
        }
        return new CrossValidation(ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN, Math.sqrt(ssRes / n), pred, var);
    }
}
