package org.electrotwin.generate;

import java.util.stream.IntStream;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * The few morphological estimators the generators and their calibration need, by counting
 * on the voxels (the characterisation module holds the full set).
 *
 * <p>Specific surface by Cauchy–Crofton / stereology: S_V = 2·P_L, with P_L the number of
 * phase-boundary crossings per unit length of test line (Underwood 1970, Quantitative
 * Stereology), counted between face-neighbour voxels along x, y and z and averaged over the
 * three axes; unbiased for isotropic structures. Mean chord length of a phase:
 * ℓ̄ = 4ε/S_V (Torquato 2002, Random Heterogeneous Materials, §2.2).
 */
public final class Metrics {
    private Metrics() {}

    /** Volume fraction of each label 0..255. */
    public static double[] volumeFractions(LabeledVolume v) {
        long[] h = v.histogram();
        double[] f = new double[256];
        for (int i = 0; i < 256; i++) {
            f[i] = (double) h[i] / v.voxelCount();
        }
        return f;
    }

    /**
     * Boundary crossings per unit line length (1/m) between labels {@code a} and {@code b}
     * ({@code b = -1}: between {@code a} and any other label), averaged over x, y, z,
     * counting only pairs of voxels inside the volume.
     */
    public static double crossingsPerM(LabeledVolume v, int a, int b) {
        int nx = v.nx();
        int ny = v.ny();
        int nz = v.nz();
        byte[] l = v.labels();
        long[][] perPlane = new long[nz][3];
        IntStream.range(0, nz).parallel().forEach(z -> {
            long cx = 0;
            long cy = 0;
            long cz = 0;
            for (int y = 0; y < ny; y++) {
                int row = nx * (y + ny * z);
                for (int x = 0; x < nx; x++) {
                    int i = row + x;
                    int li = l[i] & 0xFF;
                    if (x + 1 < nx && crosses(li, l[i + 1] & 0xFF, a, b)) {
                        cx++;
                    }
                    if (y + 1 < ny && crosses(li, l[i + nx] & 0xFF, a, b)) {
                        cy++;
                    }
                    if (z + 1 < nz && crosses(li, l[i + nx * ny] & 0xFF, a, b)) {
                        cz++;
                    }
                }
            }
            perPlane[z][0] = cx;
            perPlane[z][1] = cy;
            perPlane[z][2] = cz;
        });
        long[] c = new long[3];
        for (long[] p : perPlane) {
            c[0] += p[0];
            c[1] += p[1];
            c[2] += p[2];
        }
        double h = v.voxelSizeM();
        double pl = 0;
        int axes = 0;
        long[] pairs = {(long) (nx - 1) * ny * nz, (long) nx * (ny - 1) * nz, (long) nx * ny * (nz - 1)};
        for (int d = 0; d < 3; d++) {
            if (pairs[d] > 0) {
                pl += c[d] / (pairs[d] * h);
                axes++;
            }
        }
        return axes == 0 ? 0 : pl / axes;
    }

    private static boolean crosses(int p, int q, int a, int b) {
        if (p == q) {
            return false;
        }
        if (b < 0) {
            return p == a || q == a;
        }
        return p == a && q == b || p == b && q == a;
    }

    /** Specific surface of a phase (boundary area per total volume, 1/m): S_V = 2·P_L. */
    public static double specificSurfacePerM(LabeledVolume v, int label) {
        return 2 * crossingsPerM(v, label, -1);
    }

    /** Interfacial area between two phases per total volume (1/m). */
    public static double interfaceSpecificAreaPerM(LabeledVolume v, int a, int b) {
        return 2 * crossingsPerM(v, a, b);
    }

    /** Mean chord length of a phase (m): 4ε/S_V; infinite if the phase has no boundary. */
    public static double meanChordLengthM(LabeledVolume v, int label) {
        double s = specificSurfacePerM(v, label);
        double eps = (double) v.histogram()[label] / v.voxelCount();
        return s == 0 ? Double.POSITIVE_INFINITY : 4 * eps / s;
    }
}
