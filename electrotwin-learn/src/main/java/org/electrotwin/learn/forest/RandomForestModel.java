package org.electrotwin.learn.forest;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.Seeds;
import org.electrotwin.learn.gp.Prediction;
import org.electrotwin.learn.gp.Surrogate;
import org.electrotwin.learn.gp.SurrogateModel;

/**
 * Regression random forest (Breiman 2001, Machine Learning 45): bootstrap samples, a random subset of
 * the inputs tried at each split, variance-reduction (CART) splits at midpoints. Predictive variance
 * by the law of total variance over trees, mean of within-leaf variances plus variance of the tree
 * means (Hutter, Xu, Hoos &amp; Leyton-Brown 2014, Artif. Intell. 206, §4.3.2). Trees are built in
 * parallel, each from its own seed derived from the master seed, so the forest does not depend on
 * the thread count.
 *
 * @param trees           number of trees
 * @param minLeaf         smallest number of samples in a leaf
 * @param featureFraction fraction of the inputs tried at each split (at least one)
 * @param bootstrap       train each tree on a bootstrap sample (else on all points)
 * @param maxDepth        deepest split level
 * @param seed            master seed
 */
public record RandomForestModel(int trees, int minLeaf, double featureFraction, boolean bootstrap, int maxDepth, long seed)
        implements SurrogateModel {

    public RandomForestModel {
        if (trees < 1 || minLeaf < 1 || !(featureFraction > 0 && featureFraction <= 1) || maxDepth < 1) {
            throw new InputException("random forest: needs trees >= 1, minLeaf >= 1, 0 < featureFraction <= 1, maxDepth >= 1, got "
                    + trees + ", " + minLeaf + ", " + featureFraction + ", " + maxDepth);
        }
    }

    /** 200 trees, leaves of at least 3, one third of the inputs per split, bootstrap, depth 40. */
    public static RandomForestModel defaults(long seed) {
        return new RandomForestModel(200, 3, 1.0 / 3, true, 40, seed);
    }

    @Override
    public Surrogate fit(double[][] x, double[] y) {
        int n = y.length;
        if (n < 1 || x.length != n) {
            throw new InputException("random forest: needs at least one training point with one output each, got "
                    + x.length + " inputs and " + n + " outputs");
        }
        int d = x[0].length;
        double[] cols = new double[d * n]; // column-major copy: cols[j*n + i]
        for (int i = 0; i < n; i++) {
            if (x[i].length != d) {
                throw new InputException("random forest: every input row must have " + d + " values");
            }
            for (int j = 0; j < d; j++) {
                cols[j * n + i] = x[i][j];
            }
        }
        int tries = Math.max(1, (int) Math.round(featureFraction * d));
        Tree[] forest = new Tree[trees];
        IntStream.range(0, trees).parallel().forEach(t -> forest[t] = grow(cols, y, n, d, tries, Seeds.derive(seed, t)));
        return new Forest(forest, d);
    }

    private Tree grow(double[] cols, double[] y, int n, int d, int tries, long treeSeed) {
        SplittableRandom rng = new SplittableRandom(treeSeed);
        int[] sample = new int[n];
        for (int i = 0; i < n; i++) {
            sample[i] = bootstrap ? rng.nextInt(n) : i;
        }
        Tree tree = new Tree(2 * n + 1);
        build(tree, cols, y, n, d, tries, rng, sample, 0, n, 0);
        return tree;
    }

    /** Grows the node for sample[from, to) and returns its index. */
    private int build(Tree tree, double[] cols, double[] y, int n, int d, int tries, SplittableRandom rng, int[] sample,
            int from, int to, int depth) {
        int count = to - from;
        double sum = 0;
        double sumSq = 0;
        for (int k = from; k < to; k++) {
            double v = y[sample[k]];
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / count;
        double var = Math.max(sumSq / count - mean * mean, 0);
        int node = tree.add(mean, var);
        if (count < 2 * minLeaf || depth >= maxDepth || var <= 1e-300) {
            return node;
        }
        // Choose `tries` distinct features by a partial Fisher-Yates shuffle.
        int[] features = new int[d];
        for (int j = 0; j < d; j++) {
            features[j] = j;
        }
        int bestFeature = -1;
        double bestThreshold = 0;
        double bestScore = sum * sum / count; // SSE reduction ⇔ maximise Σ_children (Σy)²/n
        double[] keys = new double[count];
        int[] order = new int[count];
        for (int t = 0; t < tries; t++) {
            int pick = t + rng.nextInt(d - t);
            int f = features[pick];
            features[pick] = features[t];
            features[t] = f;
            int base = f * n;
            sortBy(cols, base, sample, from, count, keys, order);
            double left = 0;
            for (int k = 0; k < count - 1; k++) {
                left += y[sample[from + order[k]]];
                int nl = k + 1;
                if (nl < minLeaf || count - nl < minLeaf || keys[k] == keys[k + 1]) {
                    continue;
                }
                double right = sum - left;
                double score = left * left / nl + right * right / (count - nl);
                if (score > bestScore * (1 + 1e-12)) {
                    bestScore = score;
                    bestFeature = f;
                    bestThreshold = 0.5 * (keys[k] + keys[k + 1]);
                }
            }
        }
        if (bestFeature < 0) {
            return node;
        }
        // Partition sample[from, to) by the threshold.
        int base = bestFeature * n;
        int i = from;
        int j = to - 1;
        while (i <= j) {
            if (cols[base + sample[i]] <= bestThreshold) {
                i++;
            } else {
                int tmp = sample[i];
                sample[i] = sample[j];
                sample[j] = tmp;
                j--;
            }
        }
        int l = build(tree, cols, y, n, d, tries, rng, sample, from, i, depth + 1);
        int r = build(tree, cols, y, n, d, tries, rng, sample, i, to, depth + 1);
        tree.split(node, bestFeature, bestThreshold, l, r);
        return node;
    }

    /** keys[k] = feature value of the k-th smallest, order[k] its position in sample[from..]. */
    private static void sortBy(double[] cols, int base, int[] sample, int from, int count, double[] keys, int[] order) {
        long[] packed = new long[count];
        double[] vals = new double[count];
        for (int k = 0; k < count; k++) {
            vals[k] = cols[base + sample[from + k]];
        }
        // Argsort on primitives: pack (rank of the value, position) into one long and sort those.
        double[] sorted = vals.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < count; k++) {
            int rank = Arrays.binarySearch(sorted, vals[k]);
            while (rank > 0 && sorted[rank - 1] == vals[k]) {
                rank--;
            }
            packed[k] = ((long) rank << 32) | k;
        }
        Arrays.sort(packed);
        for (int k = 0; k < count; k++) {
            order[k] = (int) packed[k];
            keys[k] = vals[order[k]];
        }
    }

    /** A tree in flat arrays; leaves have feature −1. */
    private static final class Tree {
        int size;
        int[] feature;
        double[] threshold;
        int[] left;
        int[] right;
        double[] mean;
        double[] variance;

        Tree(int capacity) {
            feature = new int[capacity];
            threshold = new double[capacity];
            left = new int[capacity];
            right = new int[capacity];
            mean = new double[capacity];
            variance = new double[capacity];
        }

        int add(double m, double v) {
            feature[size] = -1;
            mean[size] = m;
            variance[size] = v;
            return size++;
        }

        void split(int node, int f, double t, int l, int r) {
            feature[node] = f;
            threshold[node] = t;
            left[node] = l;
            right[node] = r;
        }

        int leaf(double[] x) {
            int node = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            return node;
        }
    }

    private record Forest(Tree[] trees, int d) implements Surrogate {
        @Override
        public Prediction predict(double[][] x) {
            int m = x.length;
            double[] mean = new double[m];
            double[] var = new double[m];
            IntStream.range(0, m).parallel().forEach(p -> {
                double s = 0;
                double s2 = 0;
                double within = 0;
                for (Tree t : trees) {
                    int leaf = t.leaf(x[p]);
                    double v = t.mean[leaf];
                    s += v;
                    s2 += v * v;
                    within += t.variance[leaf];
                }
                int k = trees.length;
                mean[p] = s / k;
                var[p] = Math.max(s2 / k - mean[p] * mean[p], 0) + within / k;
            });
            return new Prediction(mean, var);
        }
    }
}
