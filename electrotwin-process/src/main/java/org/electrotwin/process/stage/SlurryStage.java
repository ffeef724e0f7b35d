package org.electrotwin.process.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.electrotwin.core.InputException;
import org.electrotwin.process.contact.ContactLaw;
import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.engine.Simulation;
import org.electrotwin.process.engine.SplitMix64;

/**
 * The slurry: AM spheres from a log-normal size distribution (σ from the span, d90/d10 = e^{2·1.2816σ}),
 * SE spheres for SSB and coarse-grained CBD spheres that carry carbon, binder and solvent (wet
 * volume = dry volume × swelling ratio), in the amounts the solid volume H·A·φ_s and the solid
 * fractions require; inserted without overlap (largest first) into the wet film, then equilibrated
 * with the shifted Lennard-Jones law and the Langevin thermostat of the implicit solvent.
 * When the swollen particles fill more than {@link #INSERTION_FRACTION} of the wet film, random
 * insertion would jam, so the film starts taller (more implicit solvent); drying's receding
 * surface passes the wet thickness first. The solid volume always follows the mass balance
 * H_wet·A·φ_s.
 */
public final class SlurryStage {
    /** Volume fraction above which random sequential insertion gets slow: insert into a taller box and compress. */
    static final double INSERTION_FRACTION = 0.30;

    public record Result(Particles particles, double topM, StageCurve curve) {
    }

    private SlurryStage() {
    }

    public static Result run(ProcessSpec s) {
        Particles p = insert(s);
        double dt = ProcessModels.timeStepS(s, p);
        double area = s.domainXM() * s.domainYM();
        double hDry = s.solidVolumeM3() / (area * 0.55);
        PecletMapping pe = PecletMapping.of(s, s.wetThicknessM() - hDry, s.stepsPerStage(), dt);
        StageCurve curve = new StageCurve("time_s", "kinetic_energy_J", "top_m");
        double top = Math.max(s.wetThicknessM(), p.topM());
        int steps = Math.max(100, s.stepsPerStage() / 4);
        ContactLaw law = ProcessModels.slurry(s, pe.kTJ());
        // the Lennard-Jones time σ·√(m/ε) of the lightest particle in the deepest well also bounds the step
        double epsMax = 0;
        for (double[] row : law.params().ljWellDepthJ()) {
            for (double e : row) {
                epsMax = Math.max(epsMax, e);
            }
        }
        double mMin = Double.MAX_VALUE;
        for (int i = 0; i < p.size(); i++) {
            mMin = Math.min(mMin, p.m[i]);
        }
        dt = Math.min(dt, 0.02 * law.params().ljSigmaM() * Math.sqrt(mMin / epsMax));
        try (Simulation sim = new Simulation(p, s.domainXM(), s.domainYM(), law, dt,
                0.3 * ProcessModels.cbdWetRadiusM(s), s.threads(), SplitMix64.derive(s.seed(), 1))) {
            sim.setLangevin(pe.dragRatePerS(), pe.kTJ());
            sim.setPlate(top, 0);
            for (int done = 0; done < steps; done += 50) {
                sim.run(50);
                curve.add(sim.timeS(), sim.kineticEnergy(), sim.plateZ());
            }
            return new Result(p, sim.plateZ(), curve);
        }
    }

    /** Overlap-free insertion of all particles (largest first). */
    public static Particles insert(ProcessSpec s) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(s.seed());
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double vSolid = s.solidVolumeM3();
        List<double[]> specs = new ArrayList<>(); // {type, radius, mass}
        addLogNormal(specs, Particles.AM, s.amD50M(), s.amSpan(), s.amFraction() * vSolid, s.amDensityKgPerM3(), gauss);
        if (s.seFraction() > 0) {
            addLogNormal(specs, Particles.SE, s.seD50M(), 0.3, s.seFraction() * vSolid, s.seDensityKgPerM3(), gauss);
        }
        double vCbdDry = Math.PI / 6 * Math.pow(s.cbdDryDiameterM(), 3);
        long nCbd = Math.round(s.cbdFraction() * vSolid / vCbdDry);
        double rWet = ProcessModels.cbdWetRadiusM(s);
        double mWet = ProcessModels.cbdWetMassKg(s);
        for (long k = 0; k < nCbd; k++) {
            specs.add(new double[] {Particles.CBD, rWet, mWet});
        }
        if (specs.size() > 5_000_000) {
            throw new InputException("process spec gives " + specs.size() + " particles: reduce the domain or enlarge cbdDryDiameterM");
        }
        specs.sort((a, b) -> Double.compare(b[1], a[1]));
        double wetVolume = 0;
        for (double[] q : specs) {
            wetVolume += 4.0 / 3.0 * Math.PI * q[1] * q[1] * q[1];
        }
        double lx = s.domainXM();
        double ly = s.domainYM();
        double height = Math.max(s.wetThicknessM(), wetVolume / (lx * ly * INSERTION_FRACTION));
        if (4 * specs.get(0)[1] >= Math.min(lx, ly)) {
            throw new InputException(String.format("process spec domain %.3g m is too small for AM particles of diameter %.3g m:"
                    + " expected at least 2 largest diameters", Math.min(lx, ly), 2 * specs.get(0)[1]));
        }
        Particles p = new Particles(specs.size());
        InsertionGrid grid = new InsertionGrid(lx, ly, height, 2 * rWet);
        for (double[] q : specs) {
            double r = q[1];
            boolean placed = false;
            for (int attempt = 0; attempt < 20000 && !placed; attempt++) {
                double x = lx * rng.nextDouble();
                double y = ly * rng.nextDouble();
                double z = r + (height - 2 * r) * rng.nextDouble();
                if (grid.free(p, x, y, z, r)) {
                    int i = p.add((int) q[0], x, y, z, r, q[2]);
                    grid.put(i, x, y, z, r);
                    placed = true;
                }
            }
            if (!placed) {
                throw new InputException("slurry: cannot insert particle " + p.size() + " of " + specs.size()
                        + " without overlap: lower solidContent or cbdSwellingRatio");
            }
        }
        return p;
    }

    private static void addLogNormal(List<double[]> out, int type, double d50, double span, double volume, double rho,
            ZigguratSampler.NormalizedGaussian gauss) {
        // span = (d90 − d10)/d50 = 2·sinh(1.2816σ) for a log-normal distribution
        double sigma = span > 0 ? asinh(span / 2) / 1.2815516 : 0;
        double v = 0;
        while (true) {
            double d = d50 * Math.exp(sigma * Math.max(-3, Math.min(3, gauss.sample())));
            double vi = Math.PI / 6 * d * d * d;
            if (v + 0.5 * vi > volume) {
                break;
            }
            v += vi;
            out.add(new double[] {type, d / 2, rho * vi});
        }
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    /** Uniform grid; each sphere is stored in every cell its bounding box touches, so a query checks only its own cells. */
    private static final class InsertionGrid {
        final double lx, ly, w;
        final int nx, ny, nz;
        final int[][] cells;
        final int[] sizes;

        InsertionGrid(double lx, double ly, double height, double cell) {
            this.lx = lx;
            this.ly = ly;
            nx = Math.max(1, (int) (lx / cell));
            ny = Math.max(1, (int) (ly / cell));
            w = Math.max(lx / nx, ly / ny);
            nz = (int) (height / w) + 2;
            cells = new int[nx * ny * nz][];
            sizes = new int[nx * ny * nz];
        }

        private int cx(double x) {
            return Math.floorMod((int) Math.floor(x / (lx / nx)), nx);
        }

        private int cy(double y) {
            return Math.floorMod((int) Math.floor(y / (ly / ny)), ny);
        }

        private int[] range(double x, double y, double z, double r) {
            int x1 = (int) Math.floor((x - r) / (lx / nx)), x2 = (int) Math.floor((x + r) / (lx / nx));
            int y1 = (int) Math.floor((y - r) / (ly / ny)), y2 = (int) Math.floor((y + r) / (ly / ny));
            if (x2 - x1 + 1 >= nx) {
                x1 = 0;
                x2 = nx - 1;
            }
            if (y2 - y1 + 1 >= ny) {
                y1 = 0;
                y2 = ny - 1;
            }
            int z1 = Math.max(0, (int) Math.floor((z - r) / w)), z2 = Math.min(nz - 1, (int) Math.floor((z + r) / w));
            return new int[] {x1, x2, y1, y2, z1, z2};
        }

        boolean free(Particles p, double x, double y, double z, double r) {
            int[] g = range(x, y, z, r);
            for (int k = g[4]; k <= g[5]; k++) {
                for (int b = g[2]; b <= g[3]; b++) {
                    for (int a = g[0]; a <= g[1]; a++) {
                        int c = Math.floorMod(a, nx) + nx * (Math.floorMod(b, ny) + ny * k);
                        for (int s = 0; s < sizes[c]; s++) {
                            int j = cells[c][s];
                            double dx = x - p.x[j];
                            double dy = y - p.y[j];
                            dx -= lx * Math.rint(dx / lx);
                            dy -= ly * Math.rint(dy / ly);
                            double dz = z - p.z[j];
                            double rr = r + p.r[j];
                            if (dx * dx + dy * dy + dz * dz < rr * rr) {
                                return false;
                            }
                        }
                    }
                }
            }
            return true;
        }

        void put(int i, double x, double y, double z, double r) {
            int[] g = range(x, y, z, r);
            for (int k = g[4]; k <= g[5]; k++) {
                for (int b = g[2]; b <= g[3]; b++) {
                    for (int a = g[0]; a <= g[1]; a++) {
                        int c = Math.floorMod(a, nx) + nx * (Math.floorMod(b, ny) + ny * k);
                        if (cells[c] == null) {
                            cells[c] = new int[4];
                        } else if (sizes[c] == cells[c].length) {
                            cells[c] = Arrays.copyOf(cells[c], 2 * sizes[c]);
                        }
                        cells[c][sizes[c]++] = i;
                    }
                }
            }
        }
    }

}
