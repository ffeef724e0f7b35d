package org.electrotwin.characterize;

import java.util.SplittableRandom;

/** Seeded test geometries. */
final class Shapes {
    private Shapes() {}

    static boolean[] random(int nx, int ny, int nz, double p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        boolean[] m = new boolean[nx * ny * nz];
        for (int i = 0; i < m.length; i++) {
            m[i] = r.nextDouble() < p;
        }
        return m;
    }

    /** Sets every voxel whose centre lies within radius r of (cx, cy, cz). */
    static void ball(boolean[] m, int nx, int ny, int nz, double cx, double cy, double cz, double r) {
        int z0 = Math.max(0, (int) Math.floor(cz - r)), z1 = Math.min(nz - 1, (int) Math.ceil(cz + r));
        int y0 = Math.max(0, (int) Math.floor(cy - r)), y1 = Math.min(ny - 1, (int) Math.ceil(cy + r));
        int x0 = Math.max(0, (int) Math.floor(cx - r)), x1 = Math.min(nx - 1, (int) Math.ceil(cx + r));
        for (int z = z0; z <= z1; z++) {
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double dx = x - cx, dy = y - cy, dz = z - cz;
                    if (dx * dx + dy * dy + dz * dz <= r * r) {
                        m[x + nx * (y + ny * z)] = true;
                    }
                }
            }
        }
    }

    /** Boolean model: Poisson number of balls of radius r with intensity lambda per voxel, periodic in nothing (centres in a box grown by r). */
    static boolean[] booleanSpheres(int n, double lambda, double r, long seed) {
        return booleanModel(n, lambda, r, seed).mask();
    }

    /** The mask and the realised intensity (ball count per voxel of the grown box the centres fall in). */
    record BooleanModel(boolean[] mask, double realisedLambda, double[][] centres, double radius) {

        /**
         * Exact area of the union's boundary inside the box [lo, hi]³, by Monte Carlo points on each
         * sphere that lie in no other sphere (independent of any voxel estimator).
         */
        double exactArea(double lo, double hi, int pointsPerSphere, long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            double r = radius, kept = 0, total = 0;
            for (double[] c : centres) {
                for (int k = 0; k < pointsPerSphere; k++) {
                    double u = 2 * rng.nextDouble() - 1, phi = 2 * Math.PI * rng.nextDouble(), s = Math.sqrt(1 - u * u);
                    double px = c[0] + r * s * Math.cos(phi), py = c[1] + r * s * Math.sin(phi), pz = c[2] + r * u;
                    total++;
                    if (px < lo || py < lo || pz < lo || px > hi || py > hi || pz > hi) continue;
                    boolean covered = false;
                    for (double[] o : centres) {
                        if (o == c) continue;
                        double dx = px - o[0], dy = py - o[1], dz = pz - o[2];
                        if (dx * dx + dy * dy + dz * dz < r * r) { covered = true; break; }
                    }
                    if (!covered) kept++;
                }
            }
            return centres.length == 0 ? 0 : kept / pointsPerSphere * 4 * Math.PI * r * r;
        }
    }

    static BooleanModel booleanModel(int n, double lambda, double r, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double ext = n + 2 * r;
        double mean = lambda * ext * ext * ext;
        long count = poisson(rng, mean);
        boolean[] m = new boolean[n * n * n];
        double[][] centres = new double[(int) count][];
        for (int k = 0; k < count; k++) {
            centres[k] = new double[] {rng.nextDouble() * ext - r - 0.5, rng.nextDouble() * ext - r - 0.5, rng.nextDouble() * ext - r - 0.5};
            ball(m, n, n, n, centres[k][0], centres[k][1], centres[k][2], r);
        }
        return new BooleanModel(m, count / (ext * ext * ext), centres, r);
    }

    private static long poisson(SplittableRandom rng, double mean) {
        // normal approximation is fine for means in the hundreds and more
        if (mean > 50) {
            double u1 = rng.nextDouble(), u2 = rng.nextDouble();
            double g = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * g));
        }
        double l = Math.exp(-mean), p = 1;
        long k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
