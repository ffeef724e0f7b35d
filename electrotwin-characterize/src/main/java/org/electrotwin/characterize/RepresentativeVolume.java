package org.electrotwin.characterize;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Representative-volume check: a scalar metric evaluated on cubic sub-volumes of growing edge at
 * seeded random positions; the spread per edge shows whether the whole volume is representative
 * (the spread should shrink and the mean settle before the edge reaches the volume size).
 * Sub-volumes run in parallel, each with its own position drawn beforehand: deterministic.
 */
public final class RepresentativeVolume {
    private RepresentativeVolume() {}

    /** Statistics of the metric over the sub-volumes of one edge (sample standard deviation). */
    public record Point(int edgeVoxels, double edgeM, int samples, double mean, double std, double min, double max) {}

    public record Result(String metric, List<Point> points) {}

    /** Edges 16, 32, 64, … below the smallest dimension, then the smallest dimension itself. */
    public static int[] defaultEdges(LabeledVolume v) {
        int m = Math.min(v.nx(), Math.min(v.ny(), v.nz()));
        List<Integer> e = new ArrayList<>();
        for (int s = 16; s < m; s *= 2) e.add(s);
        e.add(m);
        return e.stream().mapToInt(Integer::intValue).toArray();
    }

    public static Result analyze(LabeledVolume v, String metricName, ToDoubleFunction<LabeledVolume> metric,
                                 int[] edges, int samplesPerEdge, long seed) {
        if (samplesPerEdge < 1) {
            throw new InputException("REV samples per size " + samplesPerEdge + ": expected at least 1");
        }
        int m = Math.min(v.nx(), Math.min(v.ny(), v.nz()));
        List<Point> points = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int e : edges) {
            if (e < 1 || e > m) {
                throw new InputException("REV sub-volume edge " + e + " voxels: expected 1.." + m + " (the smallest dimension)");
            }
            int[][] origin = new int[samplesPerEdge][];
            for (int s = 0; s < samplesPerEdge; s++) {
                origin[s] = new int[] {rng.nextInt(v.nx() - e + 1), rng.nextInt(v.ny() - e + 1), rng.nextInt(v.nz() - e + 1)};
            }
            double[] values = new double[samplesPerEdge];
            Grid.parallelFor(samplesPerEdge, s ->
                    values[s] = metric.applyAsDouble(v.crop(origin[s][0], origin[s][1], origin[s][2], e, e, e)));
            double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double x : values) {
                sum += x;
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            double mean = sum / samplesPerEdge, ss = 0;
            for (double x : values) ss += (x - mean) * (x - mean);
            double std = samplesPerEdge > 1 ? Math.sqrt(ss / (samplesPerEdge - 1)) : 0;
            points.add(new Point(e, e * v.voxelSizeM(), samplesPerEdge, mean, std, min, max));
        }
        return new Result(metricName, points);
    }

    /** Volume fraction of one label, the default REV metric. */
    public static ToDoubleFunction<LabeledVolume> volumeFraction(int label) {
        return sub -> {
            byte b = (byte) label;
            long c = 0;
            for (byte x : sub.labels()) if (x == b) c++;
            return c / (double) sub.voxelCount();
        };
    }
}
