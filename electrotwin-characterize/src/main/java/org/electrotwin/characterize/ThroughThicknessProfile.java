package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import java.util.LinkedHashMap;
import java.util.Map;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Per-slice volume fractions of every phase along an axis; along z (through the thickness,
 * z = 0 at the current collector) it shows binder migration during drying.
 */
public final class ThroughThicknessProfile {
    private ThroughThicknessProfile() {}

    /** Slice centres in metres from the volume origin, and per phase name the fraction in each slice. */
    public record Profile(Axis axis, double[] positionM, Map<String, double[]> fractions) {}

    public static Profile along(LabeledVolume v, Axis axis) {
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        int n = Grid.size(nx, ny, nz, axis);
        byte[] lab = v.labels();
        long[][] counts = new long[n][];
        Grid.parallelFor(n, s -> {
            long[] c = new long[256];
            switch (axis) {
                case Z -> {
                    for (int i = s * nx * ny, e = i + nx * ny; i < e; i++) {
                        c[lab[i] & 0xFF]++;
                    }
                }
                case Y -> {
                    for (int z = 0; z < nz; z++) {
                        for (int i = nx * (s + ny * z), e = i + nx; i < e; i++) {
                            c[lab[i] & 0xFF]++;
                        }
                    }
                }
                case X -> {
                    for (int i = s; i < lab.length; i += nx) {
                        c[lab[i] & 0xFF]++;
                    }
                }
            }
            counts[s] = c;
        });
        long perSlice = (long) nx * ny * nz / n;
        Map<String, double[]> fractions = new LinkedHashMap<>();
        for (int l : v.labelsPresent()) {
            double[] f = new double[n];
            for (int s = 0; s < n; s++) {
                f[s] = counts[s][l] / (double) perSlice;
            }
            fractions.put(v.phases().name(l), f);
        }
        double[] pos = new double[n];
        for (int s = 0; s < n; s++) {
            pos[s] = (s + 0.5) * v.voxelSizeM();
        }
        return new Profile(axis, pos, fractions);
    }
}
