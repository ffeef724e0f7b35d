package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;

/**
 * How a phase is connected to the faces of the volume, from its connected components.
 *
 * <p>Definitions (all fractions are of the phase's own voxels):
 * <ul>
 *   <li>{@code faceConnectedFraction[f]}: in components touching face f ({@link Face} order);</li>
 *   <li>{@code connectedFraction}: in components touching at least one face (= 1 − isolated);</li>
 *   <li>{@code isolatedFraction}: in components touching no face at all;</li>
 *   <li>{@code percolating} along an axis: some component touches both faces of that axis;
 *       {@code percolatingFraction}: in such components (the part that carries flux);</li>
 *   <li>{@code deadEndFraction} along an axis: in components touching exactly one of the two
 *       faces of that axis (connected to an inlet but leading nowhere).</li>
 * </ul>
 * A phase with no voxels gives fractions of 0 and no percolation.
 */
public final class PhaseConnectivity {
    private PhaseConnectivity() {}

    public record Metrics(long voxels, int componentCount, long largestComponentVoxels,
                          double[] faceConnectedFraction, double connectedFraction, double isolatedFraction,
                          boolean percolatingX, boolean percolatingY, boolean percolatingZ,
                          PerAxis percolatingFraction, PerAxis deadEndFraction) {
        public boolean percolating(Axis a) {
            return switch (a) {
                case X -> percolatingX;
                case Y -> percolatingY;
                case Z -> percolatingZ;
            };
        }
    }

    public static Metrics analyze(boolean[] mask, int nx, int ny, int nz, Connectivity connectivity) {
        return analyze(ConnectedComponents.label(mask, nx, ny, nz, connectivity), nx, ny, nz);
    }

    /** Metrics of an existing labelling. */
    public static Metrics analyze(ConnectedComponents.Result cc, int nx, int ny, int nz) {
        int[] faces = faceBits(cc.labels(), cc.count(), nx, ny, nz);
        long[] sizes = cc.sizes();
        long total = 0;
        long largest = 0;
        long isolated = 0;
        long[] perFace = new long[6];
        long[] perc = new long[3];
        long[] dead = new long[3];
        for (int c = 1; c <= cc.count(); c++) {
            long s = sizes[c];
            total += s;
            largest = Math.max(largest, s);
            int bits = faces[c];
            if (bits == 0) {
                isolated += s;
            }
            for (int f = 0; f < 6; f++) {
                if ((bits & (1 << f)) != 0) {
                    perFace[f] += s;
                }
            }
            for (int a = 0; a < 3; a++) {
                int pair = (bits >> (2 * a)) & 3;
                if (pair == 3) {
                    perc[a] += s;
                } else if (pair != 0) {
                    dead[a] += s;
                }
            }
        }
        double norm = total == 0 ? 0 : 1.0 / total;
        double[] faceFraction = new double[6];
        for (int f = 0; f < 6; f++) {
            faceFraction[f] = perFace[f] * norm;
        }
        return new Metrics(total, cc.count(), largest, faceFraction,
                total == 0 ? 0 : (total - isolated) * norm, isolated * norm,
                perc[0] > 0, perc[1] > 0, perc[2] > 0,
                new PerAxis(perc[0] * norm, perc[1] * norm, perc[2] * norm),
                new PerAxis(dead[0] * norm, dead[1] * norm, dead[2] * norm));
    }

    /** For every component, a bit per {@link Face} it touches. */
    static int[] faceBits(int[] labels, int count, int nx, int ny, int nz) {
        int[] bits = new int[count + 1];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                int row = nx * (y + ny * z);
                int faceYZ = (z == 0 ? 1 << 4 : 0) | (z == nz - 1 ? 1 << 5 : 0)
                        | (y == 0 ? 1 << 2 : 0) | (y == ny - 1 ? 1 << 3 : 0);
                if (faceYZ != 0) {
                    for (int x = 0; x < nx; x++) {
                        bits[labels[row + x]] |= faceYZ;
                    }
                }
                bits[labels[row]] |= 1;
                bits[labels[row + nx - 1]] |= 2;
            }
        }
        bits[0] = 0;
        return bits;
    }
}
