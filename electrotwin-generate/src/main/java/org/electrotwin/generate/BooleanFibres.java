package org.electrotwin.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Boolean model of fibres: straight circular cylinders (flat ends) of fixed radius and length,
 * isotropic uniform orientations, centres a Poisson process of intensity λ (Stoyan, Kendall
 * &amp; Mecke, Stochastic Geometry, §3.1; used for carbon fibre / nanotube additives and
 * gas-diffusion layers). Cylinders are convex, so ε = exp(−λV) and S_V = λ·S·ε exactly,
 * with V = πr²L and S = 2πrL + 2πr². Periodic in x, y, z. Solid label 1.
 */
public final class BooleanFibres implements MicrostructureModel {
    @Override
    public String name() {
        return "boolean-fibres";
    }

    @Override
    public String description() {
        return "Boolean model of isotropic straight cylinders, porosity exp(-lambda V) (Stoyan, Kendall & Mecke)";
    }

    @Override
    public List<Param> parameters() {
        List<Param> p = new ArrayList<>(Grid.PARAMS);
        p.add(Param.of("radiusM", Dimension.LENGTH, 2e-6, "fibre radius"));
        p.add(Param.of("lengthM", Dimension.LENGTH, 20e-6, "fibre length"));
        p.add(Param.of("porosity", Dimension.NONE, 0.7, "expected pore fraction exp(-lambda V)"));
        return p;
    }

    public double intensityPerM3(ModelParams p) {
        double r = p.get(this, "radiusM");
        double l = p.get(this, "lengthM");
        double eps = p.get(this, "porosity");
        if (!(eps > 0 && eps < 1) || !(r > 0) || !(l > 0)) {
            throw new InputException("model " + name() + ": expected radiusM > 0, lengthM > 0 and porosity in (0, 1)");
        }
        return -Math.log(eps) / (Math.PI * r * r * l);
    }

    public double expectedSpecificSurfacePerM(ModelParams p) {
        double r = p.get(this, "radiusM");
        double l = p.get(this, "lengthM");
        return intensityPerM3(p) * (2 * Math.PI * r * l + 2 * Math.PI * r * r) * p.get(this, "porosity");
    }

    @Override
    public LabeledVolume generate(ModelParams p, long seed) {
        p.checkKnown(this);
        Grid g = Grid.of(this, p);
        double h = g.voxelSizeM();
        double r = p.get(this, "radiusM") / h;
        double len = p.get(this, "lengthM") / h;
        double reach = Math.sqrt(r * r + len * len / 4);
        if (2 * reach >= Math.min(g.nx(), Math.min(g.ny(), g.nz()))) {
            throw new InputException("model " + name() + ": fibres of " + p.get(this, "lengthM") + " m do not fit half the grid: enlarge it");
        }
        double mean = intensityPerM3(p) * g.volumeM3();
        if (mean > 5e7) {
            throw new InputException("model " + name() + ": " + (long) mean + " fibres expected: enlarge them or shrink the grid");
        }
        UniformRandomProvider rng = Seeds.rng(seed, 0);
        int n = PoissonSampler.of(rng, mean).sample();
        double[] c = new double[3 * n];
        double[] u = new double[3 * n];
        for (int i = 0; i < n; i++) {
            c[3 * i] = rng.nextDouble() * g.nx();
            c[3 * i + 1] = rng.nextDouble() * g.ny();
            c[3 * i + 2] = rng.nextDouble() * g.nz();
            double cosT = 2 * rng.nextDouble() - 1; // uniform on the sphere (Archimedes)
            double sinT = Math.sqrt(1 - cosT * cosT);
            double ph = 2 * Math.PI * rng.nextDouble();
            u[3 * i] = sinT * Math.cos(ph);
            u[3 * i + 1] = sinT * Math.sin(ph);
            u[3 * i + 2] = cosT;
        }
        LabeledVolume v = g.allocate();
        voxelize(v.labels(), g.nx(), g.ny(), g.nz(), c, u, n, r, len / 2);
        return v;
    }

    /** Voxel centres within distance r of the axis and |axial offset| ≤ half length, periodic. */
    private static void voxelize(byte[] labels, int nx, int ny, int nz, double[] c, double[] u, int n, double r, double half) {
        int[] start = new int[nz + 1];
        int[][] range = new int[n][];
        for (int f = 0; f < n; f++) {
            double ez = Math.abs(u[3 * f + 2]) * half + r * Math.sqrt(1 - u[3 * f + 2] * u[3 * f + 2]);
            int k0 = (int) Math.ceil(c[3 * f + 2] - ez - 0.5);
            int k1 = Math.min((int) Math.floor(c[3 * f + 2] + ez - 0.5), k0 + nz - 1);
            range[f] = new int[] {k0, k1};
            for (int k = k0; k <= k1; k++) {
                start[SphereVoxelizer.wrap(k, nz) + 1]++;
            }
        }
        for (int k = 0; k < nz; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = start.clone();
        int[] members = new int[start[nz]];
        for (int f = 0; f < n; f++) {
            for (int k = range[f][0]; k <= range[f][1]; k++) {
                members[fill[SphereVoxelizer.wrap(k, nz)]++] = f;
            }
        }
        IntStream.range(0, nz).parallel().forEach(k -> {
            for (int m = start[k]; m < start[k + 1]; m++) {
                int f = members[m];
                double ux = u[3 * f];
                double uy = u[3 * f + 1];
                double uz = u[3 * f + 2];
                double dz = k + 0.5 - c[3 * f + 2];
                dz -= nz * Math.rint(dz / nz);
                // bounding box of the cylinder in x, y (axis extent plus radius)
                double ex = Math.abs(ux) * half + r * Math.sqrt(1 - ux * ux);
                double ey = Math.abs(uy) * half + r * Math.sqrt(1 - uy * uy);
                int j0 = (int) Math.ceil(c[3 * f + 1] - ey - 0.5);
                int j1 = Math.min((int) Math.floor(c[3 * f + 1] + ey - 0.5), j0 + ny - 1);
                int i0 = (int) Math.ceil(c[3 * f] - ex - 0.5);
                int i1 = Math.min((int) Math.floor(c[3 * f] + ex - 0.5), i0 + nx - 1);
                for (int j = j0; j <= j1; j++) {
                    double dy = j + 0.5 - c[3 * f + 1];
                    int row = nx * (SphereVoxelizer.wrap(j, ny) + ny * k);
                    for (int i = i0; i <= i1; i++) {
                        double dx = i + 0.5 - c[3 * f];
                        double t = dx * ux + dy * uy + dz * uz;
                        if (Math.abs(t) > half) {
                            continue;
                        }
                        double d2 = dx * dx + dy * dy + dz * dz - t * t;
                        if (d2 <= r * r) {
                            labels[row + SphereVoxelizer.wrap(i, nx)] = 1;
                        }
                    }
                }
            }
        });
    }
}
