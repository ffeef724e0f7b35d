package org.electrotwin.generate;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The carbon-binder domain as deposited fractal aggregates: primary units (carbon-black/binder
 * blobs of radius a) form aggregates of prescribed fractal dimension by tunable cluster–cluster
 * aggregation ({@link FractalAggregate}; Filippov, Zurita &amp; Rosner 2000), which then settle on
 * the active material, as carbon black and binder flocculate in the slurry and end up on the
 * particles and in their necks when the solvent leaves (Zielke et al. 2015; Mayer et al. 2022).
 *
 * <p>Deposition. Anchor sites are the pore voxels touching AM through a face, weighted
 * exp(β·a)·(1 + g·(2z/Lz − 1)) as in {@link CarbonBinderGrowth}: β the bridge preference (a the
 * AM fraction of the 5×5×5 neighbourhood, high in necks), g the binder-migration gradient.
 * Each aggregate tries {@value #POSES} poses — an anchor site, a uniformly random rotation, one
 * of its units (drawn at random) on the anchor — and takes the one with the best score
 * (units touching AM) − 0.3·(units inside solid) − ½·(units on CBD already laid), so that it
 * wraps the surface or spans a neck rather than sticking out into the pore. Units whose
 * centre falls inside a solid are dropped (the aggregate conforms to the particle); the
 * others are rasterised (voxels whose centre lies within a of the unit's centre, and the
 * voxel holding it) into pore voxels only. The occupancy test is the voxel grid itself, which
 * serves as the cell list.
 *
 * <p>Exact amount: aggregates are laid one after another until the CBD voxel count reaches
 * the target, the last one cut voxel by voxel; should the surface run out of room first, the
 * remainder grows on AM and CBD by {@link CarbonBinderGrowth}.
 *
 * <p>Determinism: aggregate k is built from its own SplitMix64-derived stream (in parallel,
 * batch by batch) and laid from another, in the order of k, so the volume does not depend on
 * the number of threads.
 */
public final class CarbonBinderAggregation {
    static final int POSES = 32;
    /**
     * Score of a unit falling inside a solid (dropped), against +1 for a unit touching AM: low,
     * so that an aggregate may wrap a particle. 0.3 with {@value #POSES} poses matched the CBD
     * surfaces of the reference NMC electrode best among 1, 0.3 and 8, 32 poses.
     */
    private static final double INSIDE_SOLID = 0.3;
    private static final int BATCH = 512;

    private CarbonBinderAggregation() {}

    /**
     * Turns exactly {@code target} pore voxels (label 0) of {@code labels} into {@code cbd},
     * laid as aggregates on the voxels labelled {@code am}.
     */
    public static void place(byte[] labels, int nx, int ny, int nz, double voxelSizeM, long target, CbdParams p,
                             byte am, byte cbd, long seed) {
        if (target == 0) {
            return;
        }
        CarbonBinderGrowth.requirePoreFor(labels, target);
        double a = p.primaryRadiusM() / voxelSizeM;
        int units = p.unitsPerAggregate();
        byte[] neck = CarbonBinderGrowth.neighbourhoodCounts(labels, nx, ny, nz, am);
        Sites sites = Sites.of(labels, neck, nx, ny, nz, p);
        double perAggregate = Math.max(1, units * 4 / 3.0 * Math.PI * a * a * a);
        long maxAggregates = 20 * (long) Math.ceil(target / perAggregate) + 10 * BATCH;
        Layer layer = new Layer(labels, neck, nx, ny, nz, a, cbd, target);
        FractalAggregate.Aggregate[] batch = new FractalAggregate.Aggregate[BATCH];
        for (long k0 = 0; layer.placed < target && k0 < maxAggregates && sites.count > 0; k0 += BATCH) {
            long base = k0;
            IntStream.range(0, BATCH).parallel().forEach(b -> batch[b] = FractalAggregate.build(units,
                    p.fractalDimension(), p.fractalPrefactor(), Seeds.rng(seed, 2 * (base + b))));
            for (int b = 0; b < BATCH && layer.placed < target; b++) {
                layer.lay(batch[b], sites, Seeds.rng(seed, 2 * (base + b) + 1));
            }
        }
        if (layer.placed < target) {
            CarbonBinderGrowth.grow(labels, nx, ny, nz, target - layer.placed, p, am, cbd, Seeds.derive(seed, -1));
        }
    }

    /** Anchor sites and their cumulative weights, in voxel order. */
    static final class Sites {
        final int[] voxel;
        final double[] cumulative;
        final int count;

        private Sites(int[] voxel, double[] cumulative) {
            this.voxel = voxel;
            this.cumulative = cumulative;
            this.count = voxel.length;
        }

        /** Pore voxels touching AM (all pore voxels if there is no AM), weighted as in the class comment. */
        static Sites of(byte[] labels, byte[] neck, int nx, int ny, int nz, CbdParams p) {
            int plane = nx * ny;
            boolean anyAm = false;
            for (byte c : neck) {
                if (c != 0) {
                    anyAm = true;
                    break;
                }
            }
            boolean surface = anyAm;
            double[] neckWeight = new double[126];
            for (int c = 0; c <= 125; c++) {
                neckWeight[c] = Math.exp(p.bridgePreference() * c / 125.0);
            }
            int[][] perPlane = new int[nz][];
            double[][] weights = new double[nz][];
            IntStream.range(0, nz).parallel().forEach(z -> {
                double g = 1 + p.gradient() * (2 * (z + 0.5) / nz - 1);
                int m = 0;
                for (int i = z * plane; i < (z + 1) * plane; i++) {
                    if (labels[i] == 0 && (!surface || neck[i] != 0)) {
                        m++;
                    }
                }
                int[] v = new int[m];
                double[] w = new double[m];
                m = 0;
                for (int i = z * plane; i < (z + 1) * plane; i++) {
                    if (labels[i] == 0 && (!surface || neck[i] != 0)) {
                        v[m] = i;
                        w[m++] = g * neckWeight[neck[i]];
                    }
                }
                perPlane[z] = v;
                weights[z] = w;
            });
            int n = 0;
            for (int[] v : perPlane) {
                n += v.length;
            }
            int[] voxel = new int[n];
            double[] cumulative = new double[n];
            double sum = 0;
            int k = 0;
            for (int z = 0; z < nz; z++) {
                for (int m = 0; m < perPlane[z].length; m++) {
                    voxel[k] = perPlane[z][m];
                    sum += weights[z][m];
                    cumulative[k++] = sum;
                }
            }
            return new Sites(voxel, cumulative);
        }

        /** A site drawn with probability proportional to its weight. */
        int sample(UniformRandomProvider rng) {
            double u = rng.nextDouble() * cumulative[count - 1];
            int i = Arrays.binarySearch(cumulative, u);
            i = i >= 0 ? i + 1 : -i - 1;
            return voxel[Math.min(i, count - 1)];
        }
    }

    /** Lays aggregates into the labels one after another, counting the voxels it turns into CBD. */
    private static final class Layer {
        final byte[] labels;
        final byte[] neck;
        final int nx;
        final int ny;
        final int nz;
        final double a;
        final byte cbd;
        final long target;
        long placed;
        double[] ux = new double[0];
        double[] uy = new double[0];
        double[] uz = new double[0];
        double[] bx = new double[0];
        double[] by = new double[0];
        double[] bz = new double[0];

        Layer(byte[] labels, byte[] neck, int nx, int ny, int nz, double a, byte cbd, long target) {
            this.labels = labels;
            this.neck = neck;
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.a = a;
            this.cbd = cbd;
            this.target = target;
        }

        void lay(FractalAggregate.Aggregate g, Sites sites, UniformRandomProvider rng) {
            int n = g.count();
            if (ux.length < n) {
                ux = new double[n];
                uy = new double[n];
                uz = new double[n];
                bx = new double[n];
                by = new double[n];
                bz = new double[n];
            }
            double best = Double.NEGATIVE_INFINITY;
            for (int pose = 0; pose < POSES; pose++) {
                int s = sites.sample(rng);
                double sx = s % nx + 0.5;
                double sy = (s / nx) % ny + 0.5;
                double sz = s / (nx * ny) + 0.5;
                double[] r = FractalAggregate.randomRotation(rng);
                int j = rng.nextInt(n);
                double score = 0;
                for (int m = 0; m < n; m++) {
                    // unit m relative to the anchored unit j, rotated, in voxels
                    double dx = g.x()[m] - g.x()[j];
                    double dy = g.y()[m] - g.y()[j];
                    double dz = g.z()[m] - g.z()[j];
                    ux[m] = sx + a * (r[0] * dx + r[1] * dy + r[2] * dz);
                    uy[m] = sy + a * (r[3] * dx + r[4] * dy + r[5] * dz);
                    uz[m] = sz + a * (r[6] * dx + r[7] * dy + r[8] * dz);
                    int i = voxelOf(ux[m], uy[m], uz[m]);
                    if (i < 0 || labels[i] != 0 && labels[i] != cbd) {
                        score -= INSIDE_SOLID;
                    } else if (labels[i] == cbd) {
                        score -= 0.5;
                    } else if (neck[i] != 0) {
                        score += 1;
                    }
                }
                if (score > best) {
                    best = score;
                    System.arraycopy(ux, 0, bx, 0, n);
                    System.arraycopy(uy, 0, by, 0, n);
                    System.arraycopy(uz, 0, bz, 0, n);
                }
            }
            for (int m = 0; m < n && placed < target; m++) {
                int i = voxelOf(bx[m], by[m], bz[m]);
                if (i >= 0 && (labels[i] == 0 || labels[i] == cbd)) {
                    rasterise(bx[m], by[m], bz[m], i);
                }
            }
        }

        /** The voxel holding a point (x, y periodic), or −1 outside the box in z. */
        private int voxelOf(double x, double y, double z) {
            int k = (int) Math.floor(z);
            if (k < 0 || k >= nz) {
                return -1;
            }
            return Math.floorMod((int) Math.floor(x), nx) + nx * (Math.floorMod((int) Math.floor(y), ny) + ny * k);
        }

        /** Pore voxels of the unit's ball (and the voxel holding its centre) become CBD, up to the target. */
        private void rasterise(double x, double y, double z, int centre) {
            if (labels[centre] == 0) {
                labels[centre] = cbd;
                placed++;
            }
            double a2 = a * a;
            int k0 = Math.max(0, (int) Math.ceil(z - a - 0.5));
            int k1 = Math.min(nz - 1, (int) Math.floor(z + a - 0.5));
            for (int k = k0; k <= k1 && placed < target; k++) {
                double dz = k + 0.5 - z;
                double ry2 = a2 - dz * dz;
                if (ry2 < 0) {
                    continue;
                }
                double ry = Math.sqrt(ry2);
                int j0 = (int) Math.ceil(y - ry - 0.5);
                int j1 = (int) Math.floor(y + ry - 0.5);
                for (int jj = j0; jj <= j1 && placed < target; jj++) {
                    double dy = jj + 0.5 - y;
                    double rx2 = ry2 - dy * dy;
                    if (rx2 < 0) {
                        continue;
                    }
                    double rx = Math.sqrt(rx2);
                    int i0 = (int) Math.ceil(x - rx - 0.5);
                    int i1 = (int) Math.floor(x + rx - 0.5);
                    int row = nx * (Math.floorMod(jj, ny) + ny * k);
                    for (int ii = i0; ii <= i1 && placed < target; ii++) {
                        int idx = row + Math.floorMod(ii, nx);
                        if (labels[idx] == 0) {
                            labels[idx] = cbd;
                            placed++;
                        }
                    }
                }
            }
        }
    }
}
