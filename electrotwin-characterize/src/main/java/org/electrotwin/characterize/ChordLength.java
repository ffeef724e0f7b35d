package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;

/**
 * Chord-length distribution of a phase along an axis: the lengths of the runs of consecutive
 * phase voxels on every line parallel to the axis (Torquato 2002, §2.2.4). Chords cut by the
 * image border have an unknown length and are left out of the distribution. The mean intercept
 * length is the stereological ratio 2·L_phase / P (phase length on the lines over the number of
 * phase boundary points crossed; Underwood, Quantitative Stereology, 1970), which uses the cut
 * chords too and is ratio-unbiased in a finite window.
 */
public final class ChordLength {
    private ChordLength() {}

    /**
     * {@code count[k]}: complete chords of k voxels (index 0 unused), {@code lengthM[k] = k·h};
     * the number-weighted mean of complete chords; the mean intercept length.
     */
    public record Result(Axis axis, double[] lengthM, long[] count, double meanChordLengthM, double meanInterceptLengthM) {}

    public static Result along(boolean[] mask, int nx, int ny, int nz, Axis axis, double voxelSizeM) {
        Grid.check(mask.length, nx, ny, nz);
        int len = Grid.size(nx, ny, nz, axis);
        int stride = axis == Axis.X ? 1 : axis == Axis.Y ? nx : nx * ny;
        int lines = mask.length / len;
        int outer = axis == Axis.Z ? ny : nz;           // lines grouped in slabs for the parallel loop
        int inner = lines / outer;
        long[][] perSlab = new long[outer][];
        Grid.parallelFor(outer, o -> {
            long[] c = new long[len + 2];               // c[len + 1]: boundary points; c[0]: phase voxels
            for (int k = 0; k < inner; k++) {
                int line = o * inner + k;
                int start = switch (axis) {
                    case X -> nx * line;
                    case Y -> line % nx + nx * ny * (line / nx);
                    case Z -> line;
                };
                int run = 0;
                boolean cut = true;                     // a run starting at index 0 is cut by the border
                for (int t = 0; t <= len; t++) {
                    boolean in = t < len && mask[start + t * stride];
                    if (in) {
                        if (run == 0 && t > 0) c[len + 1]++;      // entering the phase inside the line
                        run++;
                        c[0]++;
                    } else if (run > 0) {
                        if (t < len) {
                            c[len + 1]++;                         // leaving it inside the line
                            if (!cut) c[run]++;
                        }
                        run = 0;
                    }
                    if (!in) cut = false;
                }
            }
            perSlab[o] = c;
        });
        long[] count = new long[len + 1];
        long phase = 0, crossings = 0;
        for (long[] c : perSlab) {
            phase += c[0];
            crossings += c[len + 1];
            for (int k = 1; k <= len; k++) count[k] += c[k];
        }
        double[] lengthM = new double[len + 1];
        long complete = 0;
        double sum = 0;
        for (int k = 1; k <= len; k++) {
            lengthM[k] = k * voxelSizeM;
            complete += count[k];
            sum += count[k] * (double) k;
        }
        return new Result(axis, lengthM, count, complete == 0 ? Double.NaN : sum / complete * voxelSizeM,
                crossings == 0 ? Double.NaN : 2.0 * phase / crossings * voxelSizeM);
    }
}
