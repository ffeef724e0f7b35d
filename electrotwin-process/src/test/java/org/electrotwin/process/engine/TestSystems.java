package org.electrotwin.process.engine;

import java.util.SplittableRandom;

/** Small random systems for tests (brute-force overlap-free placement). */
public final class TestSystems {
    private TestSystems() {
    }

    /** n spheres with radii uniform in [rMin, rMax], no overlaps, in [0,lx)×[0,ly)×[rMax, h − rMax]. */
    public static Particles randomGas(int n, double rMin, double rMax, double lx, double ly, double h, double density,
            double speed, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Particles p = new Particles(n);
        int tries = 0;
        while (p.size() < n) {
            if (++tries > 1_000_000) {
                throw new IllegalStateException("cannot place " + n + " spheres");
            }
            double r = rMin + (rMax - rMin) * rnd.nextDouble();
            double x = lx * rnd.nextDouble();
            double y = ly * rnd.nextDouble();
            double z = r + (h - 2 * r) * rnd.nextDouble();
            boolean ok = true;
            for (int j = 0; j < p.size() && ok; j++) {
                double dx = NeighborList.minImage(p.x[j] - x, lx);
                double dy = NeighborList.minImage(p.y[j] - y, ly);
                double dz = p.z[j] - z;
                double s = p.r[j] + r;
                ok = dx * dx + dy * dy + dz * dz >= s * s;
            }
            if (ok) {
                int i = p.add(0, x, y, z, r, density * 4.0 / 3.0 * Math.PI * r * r * r);
                p.vx[i] = speed * (2 * rnd.nextDouble() - 1);
                p.vy[i] = speed * (2 * rnd.nextDouble() - 1);
                p.vz[i] = speed * (2 * rnd.nextDouble() - 1);
            }
        }
        return p;
    }
}
