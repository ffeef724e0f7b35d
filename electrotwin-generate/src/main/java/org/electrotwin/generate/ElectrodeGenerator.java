package org.electrotwin.generate;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Builds a stochastic electrode from an {@link ElectrodeSpec}, labels 0 pore, 1 am, 2 cbd, 3 se:
 * <ol>
 * <li>particle diameters are drawn from the AM (and SE) distributions until their volumes reach
 *     the targets (at most {@value #PACKING_CAP} of the box together, the jamming range with walls);</li>
 * <li>AM and SE spheres are packed together by {@link SpherePacking} (SE fills the interstices);</li>
 * <li>AM is voxelised with all radii scaled by the one factor that gives the target AM voxel count
 *     (bisection; the scaling is also how fractions above the cap are reached: the spheres then
 *     overlap, as calendered particles flatten), then SE on the remaining voxels likewise;</li>
 * <li>the CBD is laid on the AM by the model the spec names ({@link CbdModels}: fractal aggregates,
 *     {@link CarbonBinderAggregation}, or surface growth, {@link CarbonBinderGrowth}) to the exact
 *     target voxel count.</li>
 * </ol>
 * AM and SE fractions land within one particle's volume of their targets (≪ 0.5 %), CBD exactly.
 */
public final class ElectrodeGenerator {
    static final double PACKING_CAP = 0.58;
    public static final byte PORE = 0;
    public static final byte AM = 1;
    public static final byte CBD = 2;
    public static final byte SE = 3;

    /**
     * A generated electrode: the volume, the packed particles (voxel units, radii already
     * multiplied by their phase's scale), and the scale factors the fractions required.
     */
    public record Electrode(LabeledVolume volume, SpherePacking.Result particles, double amScale, double seScale,
                            double cbdNanoPorosity) {
        /** Diameters (m) of the placed particles of one phase (1 am, 3 se). */
        public double[] diametersM(int phaseLabel) {
            SpherePacking.Result p = particles;
            int phaseIndex = phaseLabel == AM ? 0 : 1;
            return java.util.stream.IntStream.range(0, p.count()).filter(i -> p.phase()[i] == phaseIndex)
                    .mapToDouble(i -> 2 * p.r()[i] * volume.voxelSizeM()).toArray();
        }
    }

    private ElectrodeGenerator() {}

    private static final boolean TRACE = Boolean.getBoolean("electrotwin.trace");

    private static long trace(String what, long t0) {
        long t = System.nanoTime();
        if (TRACE) {
            System.err.printf("generate: %s %.2f s (process cpu %.1f s)%n", what, (t - t0) / 1e9,
                    ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                            .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        }
        return t;
    }

    public static Electrode generate(ElectrodeSpec spec) {
        long t = System.nanoTime();
        Grid g = spec.grid();
        // labels + voxelisation copy + CBD growth (neighbourhood byte, clock float, heap): ~16 B/voxel
        LabeledVolume.checkedVoxelCount(g.nx(), g.ny(), g.nz(), 16);
        LabeledVolume v = g.allocate();
        double h = spec.voxelSizeM();
        double box = (double) g.voxels();
        double solid = spec.amVolumeFraction() + spec.seVolumeFraction();
        double k = Math.min(1, PACKING_CAP / solid);
        double[] amD = draw(spec.am(), spec.amVolumeFraction() * k * box, h, Seeds.rng(spec.seed(), 1));
        double[] seD = spec.seVolumeFraction() > 0
                ? draw(spec.se(), spec.seVolumeFraction() * k * box, h, Seeds.rng(spec.seed(), 2)) : new double[0];
        int n = amD.length + seD.length;
        double[] r = new double[n];
        int[] phase = new int[n];
        for (int i = 0; i < amD.length; i++) {
            r[i] = amD[i] / 2;
        }
        for (int i = 0; i < seD.length; i++) {
            r[amD.length + i] = seD[i] / 2;
            phase[amD.length + i] = 1;
        }
        double[][] overlap = {{spec.amOverlap(), spec.amSeOverlap()}, {spec.amSeOverlap(), spec.amOverlap()}};
        SpherePacking.Settings settings = new SpherePacking.Settings(g.nx(), g.ny(), g.nz(), spec.wallsZ(), overlap,
                0.02, 1500);
        SpherePacking.Result packed = SpherePacking.pack(r, phase, settings, Seeds.derive(spec.seed(), 3));

        t = trace("packing " + n + " spheres, " + packed.sweeps() + " sweeps, " + packed.listBuilds() + " list builds", t);
        byte[] labels = v.labels();
        double amScale = voxelizeToCount(labels, g, packed, 0, AM, Math.round(spec.amVolumeFraction() * box), spec.wallsZ());
        double seScale = spec.seVolumeFraction() > 0
                ? voxelizeToCount(labels, g, packed, 1, SE, Math.round(spec.seVolumeFraction() * box), spec.wallsZ()) : 1;
        t = trace("voxelising", t);
        CbdModels.byName(spec.cbd().model()).place(labels, g.nx(), g.ny(), g.nz(), h,
                Math.round(spec.cbdVolumeFraction() * box), spec.cbd(), AM, CBD, Seeds.derive(spec.seed(), 4));
        trace("cbd " + spec.cbd().model(), t);
        double[] rs = packed.r().clone();
        for (int i = 0; i < n; i++) {
            rs[i] *= phase[i] == 0 ? amScale : seScale;
        }
        SpherePacking.Result scaled = new SpherePacking.Result(packed.x(), packed.y(), packed.z(), rs, packed.phase(),
                packed.sweeps(), packed.listBuilds(), packed.maxExcessOverlap());
        return new Electrode(v, scaled, amScale, seScale, spec.cbd().nanoPorosity());
    }

    /** Diameters (voxels) drawn by number until their total volume reaches {@code volume} voxels. */
    static double[] draw(SizeDistribution d, double volume, double h, UniformRandomProvider rng) {
        SizeDistribution.DoubleSampler s = d.sampler(rng);
        double[] out = new double[64];
        int n = 0;
        double total = 0;
        while (total < volume) {
            double di = s.sample() / h;
            if (n == out.length) {
                out = Arrays.copyOf(out, 2 * n);
            }
            out[n++] = di;
            total += Math.PI / 6 * di * di * di;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Voxelises the spheres of one phase into the pore voxels of {@code labels}, radii scaled by
     * the factor (found by bisection) whose voxel count is closest to {@code target}. Returns it.
     */
    private static double voxelizeToCount(byte[] labels, Grid g, SpherePacking.Result p, int phaseIndex, byte label,
                                          long target, boolean wallsZ) {
        int m = 0;
        for (int ph : p.phase()) {
            if (ph == phaseIndex) {
                m++;
            }
        }
        double[] x = new double[m];
        double[] y = new double[m];
        double[] z = new double[m];
        double[] r = new double[m];
        for (int i = 0, j = 0; i < p.count(); i++) {
            if (p.phase()[i] == phaseIndex) {
                x[j] = p.x()[i];
                y[j] = p.y()[i];
                z[j] = p.z()[i];
                r[j++] = p.r()[i];
            }
        }
        // safeguarded secant on (ln s, ln count): the count grows like s³ until spheres overlap,
        // so a few voxelisations suffice; bisection inside the bracket when the secant strays
        byte[] work = new byte[labels.length];
        long tolerance = labels.length / 20000; // 5e-5 of the box: far inside the 0.5 % requirement
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double best = 1;
        long bestErr = Long.MAX_VALUE;
        double s = 1;
        double prevS = Double.NaN;
        long prevC = 0;
        for (int it = 0; it < 40; it++) {
            System.arraycopy(labels, 0, work, 0, labels.length);
            SphereVoxelizer.voxelize(work, g.nx(), g.ny(), g.nz(), x, y, z, r, m, s, label, !wallsZ);
            long c = SphereVoxelizer.count(work, label);
            if (Math.abs(c - target) < bestErr) {
                bestErr = Math.abs(c - target);
                best = s;
            }
            if (bestErr <= tolerance) {
                break;
            }
            if (c < target) {
                lo = Math.max(lo, s);
            } else {
                hi = Math.min(hi, s);
            }
            double slope = 3;
            if (!Double.isNaN(prevS) && prevC > 0 && c > 0 && prevC != c) {
                slope = Math.log((double) c / prevC) / Math.log(s / prevS);
            }
            double next = c == 0 ? 2 * s : s * Math.pow((double) target / c, 1 / Math.max(0.5, slope));
            if (!(next > lo && next < hi)) {
                next = Double.isInfinite(hi) ? 2 * Math.max(s, lo) : 0.5 * (lo + hi);
            }
            prevS = s;
            prevC = c;
            s = next;
        }
        SphereVoxelizer.voxelize(labels, g.nx(), g.ny(), g.nz(), x, y, z, r, m, best, label, !wallsZ);
        return best;
    }
}
