package org.electrotwin.characterize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Interfacial areas between every pair of phases, by a normal-weighted face count
 * (Windreich, Kiryati &amp; Lohmann, "Voxel-based surface area estimation: from theory to
 * practice", Pattern Recognition 36 (2003) 2531).
 *
 * <p>A surface element of area dA and unit normal n crosses |n_a|·dA/h² voxel faces
 * perpendicular to axis a, so every face between phases i and j, weighted by
 * h²/(|n_x| + |n_y| + |n_z|), sums to the true area. The normal at a face is the gradient of
 * the Gaussian-smoothed field χ_i − χ_j (σ = {@value #SIGMA} voxel, support ±{@value #R}),
 * evaluated at the face centre. An axis-aligned plane has n exactly along the axis by
 * symmetry, so its area is exact; smooth curved surfaces are unbiased up to the error of the
 * estimated normal (within 0.4 % on spheres of radius 12.5–20 voxels, 0.5 % on Boolean sphere
 * packings). Where three phases meet, faces within ~2σ of the triple line see a tilted normal:
 * about −0.25 h² per voxel of line length for a right-angled T junction. Faces on the image
 * border are not counted (what lies beyond is unknown).
 */
public final class InterfaceAreas {
    static final double SIGMA = 1.0;
    static final int R = 2;

    private InterfaceAreas() {}

    /** Pair areas (keys "a|b", alphabetical) and, per phase, its total surface with all other phases. */
    public record Result(Map<String, InterfaceMetrics> interfaces, Map<String, Double> phaseAreaM2,
                         Map<String, Double> phaseSpecificSurfacePerM) {}

    public static Result compute(LabeledVolume v) {
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        int[] present = v.labelsPresent();
        int p = present.length;
        int[] compact = new int[256];
        Arrays.fill(compact, -1);
        for (int k = 0; k < p; k++) {
            compact[present[k]] = k;
        }
        double[] faceSums = faceWeightSums(v.labels(), nx, ny, nz, compact, p);
        double h2 = v.voxelSizeM() * v.voxelSizeM();
        double volume = (double) nx * ny * nz * v.voxelSizeM() * h2;
        Map<String, InterfaceMetrics> pairs = new LinkedHashMap<>();
        double[] phaseArea = new double[p];
        List<InterfaceMetrics> list = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                double area = faceSums[a * p + b] * h2;
                if (area <= 0) {
                    continue;
                }
                phaseArea[a] += area;
                phaseArea[b] += area;
                String na = v.phases().name(present[a]);
                String nb = v.phases().name(present[b]);
                String key = InterfaceMetrics.key(na, nb);
                boolean swap = !key.startsWith(na + "|");
                list.add(new InterfaceMetrics(key, swap ? nb : na, swap ? na : nb, area, area / volume));
            }
        }
        list.sort((x, y) -> x.key().compareTo(y.key()));
        list.forEach(m -> pairs.put(m.key(), m));
        Map<String, Double> phaseAreaM2 = new LinkedHashMap<>();
        Map<String, Double> specific = new LinkedHashMap<>();
        for (int a = 0; a < p; a++) {
            String n = v.phases().name(present[a]);
            phaseAreaM2.put(n, phaseArea[a]);
            specific.put(n, phaseArea[a] / volume);
        }
        return new Result(pairs, phaseAreaM2, specific);
    }

    /** Area in voxel-face units (h = 1) of the interface between two labels. */
    public static double areaVoxels(byte[] labels, int nx, int ny, int nz, int labelA, int labelB) {
        Grid.check(labels.length, nx, ny, nz);
        if (labelA == labelB) {
            throw new InputException("interface of label " + labelA + " with itself: expected two different labels");
        }
        int[] compact = new int[256];
        Arrays.fill(compact, -1);
        compact[labelA & 0xFF] = 0;
        compact[labelB & 0xFF] = 1;
        return faceWeightSums(labels, nx, ny, nz, compact, 2)[1];
    }

    /** Sum of face weights per compact pair (a < b), table p×p; labels with compact −1 are ignored. */
    private static double[] faceWeightSums(byte[] lab, int nx, int ny, int nz, int[] compact, int p) {
        Kernel[] kernels = {new Kernel(0, nx, ny), new Kernel(1, nx, ny), new Kernel(2, nx, ny)};
        double[][] perSlice = new double[nz][];
        Grid.parallelFor(nz, z -> {
            double[] sums = new double[p * p];
            double[] sign = new double[256];            // +1 for the first label of the face, −1 for the second
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    int li = lab[i] & 0xFF;
                    for (int axis = 0; axis < 3; axis++) {
                        int j;
                        if (axis == 0) {
                            if (x + 1 >= nx) continue;
                            j = i + 1;
                        } else if (axis == 1) {
                            if (y + 1 >= ny) continue;
                            j = i + nx;
                        } else {
                            if (z + 1 >= nz) continue;
                            j = i + nx * ny;
                        }
                        int lj = lab[j] & 0xFF;
                        if (li == lj) continue;
                        int ci = compact[li], cj = compact[lj];
                        if (ci < 0 || cj < 0) continue;
                        sign[li] = 1;
                        sign[lj] = -1;
                        double w = kernels[axis].faceWeight(lab, nx, ny, nz, x, y, z, sign);
                        sign[li] = 0;
                        sign[lj] = 0;
                        sums[Math.min(ci, cj) * p + Math.max(ci, cj)] += w;
                    }
                }
            }
            perSlice[z] = sums;
        });
        double[] total = new double[p * p];
        for (double[] s : perSlice) {          // fixed order: deterministic
            for (int k = 0; k < total.length; k++) {
                total[k] += s[k];
            }
        }
        return total;
    }

    /**
     * Gaussian-derivative stencil for a face perpendicular to one axis, centred half-way between
     * voxel (x, y, z) and its +axis neighbour: 2R offsets along the axis, 2R+1 across.
     */
    private static final class Kernel {
        final int axis;
        final int[] dx, dy, dz, offset;
        final double[] gx, gy, gz;

        Kernel(int axis, int nx, int ny) {
            this.axis = axis;
            int n = 2 * R * (2 * R + 1) * (2 * R + 1);
            dx = new int[n];
            dy = new int[n];
            dz = new int[n];
            offset = new int[n];
            gx = new double[n];
            gy = new double[n];
            gz = new double[n];
            int k = 0;
            for (int a = -R; a <= R; a++) {
                for (int b = -R; b <= R; b++) {
                    for (int c = -R + 1; c <= R; c++) {        // along the axis: voxels c, centre at +0.5
                        int[] d = new int[3];
                        double[] r = new double[3];
                        d[axis] = c;
                        r[axis] = c - 0.5;
                        d[(axis + 1) % 3] = a;
                        r[(axis + 1) % 3] = a;
                        d[(axis + 2) % 3] = b;
                        r[(axis + 2) % 3] = b;
                        double g = Math.exp(-(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]) / (2 * SIGMA * SIGMA));
                        dx[k] = d[0];
                        dy[k] = d[1];
                        dz[k] = d[2];
                        offset[k] = d[0] + nx * (d[1] + ny * d[2]);
                        gx[k] = r[0] * g;
                        gy[k] = r[1] * g;
                        gz[k] = r[2] * g;
                        k++;
                    }
                }
            }
        }

        /** 1/‖n‖₁ for the unit normal n of the smoothed χ_a − χ_b at this face (1 if the gradient vanishes). */
        double faceWeight(byte[] lab, int nx, int ny, int nz, int x, int y, int z, double[] sign) {
            double sx = 0, sy = 0, sz = 0;
            int i = x + nx * (y + ny * z);
            boolean inside = x >= R && y >= R && z >= R && x + R < nx && y + R < ny && z + R < nz;
            for (int k = 0; k < offset.length; k++) {
                int l;
                if (inside) {
                    l = lab[i + offset[k]] & 0xFF;
                } else {         // replicate the border: keeps a plane normal to it exact
                    int xx = Math.min(nx - 1, Math.max(0, x + dx[k]));
                    int yy = Math.min(ny - 1, Math.max(0, y + dy[k]));
                    int zz = Math.min(nz - 1, Math.max(0, z + dz[k]));
                    l = lab[xx + nx * (yy + ny * zz)] & 0xFF;
                }
                double g = sign[l];       // χ_a − χ_b without branches
                sx += g * gx[k];
                sy += g * gy[k];
                sz += g * gz[k];
            }
            double l1 = Math.abs(sx) + Math.abs(sy) + Math.abs(sz);
            if (l1 == 0) {
                return 1;
            }
            return Math.sqrt(sx * sx + sy * sy + sz * sz) / l1;
        }
    }
}
