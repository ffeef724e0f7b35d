package org.electrotwin.generate;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.electrotwin.core.InputException;
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
 *
 * <p>Spheroidal AM (aspect ratio q = polar/equatorial semi-axis ≠ 1): the affine map z' = z/q
 * turns spheroids with their axis along z into spheres of their equatorial radius, so the
 * particles are packed as such spheres in a box of height Lz/q and mapped back: aligned
 * spheroids then do not overlap (beyond the allowed overlap), exactly. SE particles go through
 * the same map and come out as spheroids of the same q, flattened like the AM (calendering
 * deforms both). Tilted axes (alignment &lt; 1) are drawn after packing and each spheroid is
 * voxelised turned about its centre: overlaps with neighbours are then tolerated (the voxels go
 * to the particle voxelised first), an approximation that grows with the tilt and with |1 − q|.
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
        // spheroids of aspect ratio q are packed as spheres of their equatorial radius q^(-1/3)·r_eq
        // in the space z' = z/q, where aligned spheroids are spheres (see the class comment)
        double q = spec.amAspectRatio();
        double equatorial = Math.cbrt(1 / q);
        for (int i = 0; i < amD.length; i++) {
            r[i] = amD[i] / 2 * equatorial;
        }
        for (int i = 0; i < seD.length; i++) {
            r[amD.length + i] = seD[i] / 2 * equatorial;
            phase[amD.length + i] = 1;
        }
        double[][] overlap = {{spec.amOverlap(), spec.amSeOverlap()}, {spec.amSeOverlap(), spec.amOverlap()}};
        SpherePacking.Settings settings = new SpherePacking.Settings(g.nx(), g.ny(), g.nz() / q, spec.wallsZ(), overlap,
                0.02, 1500);
        if (q != 1) {
            double widest = 0;
            for (double ri : r) {
                widest = Math.max(widest, 2 * ri);
            }
            if (2 * widest >= Math.min(g.nx(), g.ny()) || widest * q > g.nz()) {
                throw new InputException(String.format(java.util.Locale.ROOT, "spheroids of aspect ratio %.3g reach %.1f voxels"
                        + " across and %.1f through the thickness: they do not fit a %dx%dx%d box (at most half the in-plane"
                        + " size); enlarge the domain or coarsen the voxels", q, widest, widest * q, g.nx(), g.ny(), g.nz()));
            }
        }
        SpherePacking.Result packed = SpherePacking.pack(r, phase, settings, Seeds.derive(spec.seed(), 3));
        if (q != 1) {
            double[] z = packed.z().clone();
            for (int i = 0; i < n; i++) {
                z[i] *= q;
            }
            packed = new SpherePacking.Result(packed.x(), packed.y(), z, packed.r(), packed.phase(), packed.sweeps(),
                    packed.listBuilds(), packed.maxExcessOverlap());
        }
        double[] axes = axes(packed, spec.amAlignment(), Seeds.rng(spec.seed(), 5));

        t = trace("packing " + n + " spheres, " + packed.sweeps() + " sweeps, " + packed.listBuilds() + " list builds", t);
        byte[] labels = v.labels();
        double amScale = voxelizeToCount(labels, g, packed, 0, AM, Math.round(spec.amVolumeFraction() * box), spec.wallsZ(),
                q, axes);
        double seScale = spec.seVolumeFraction() > 0
                ? voxelizeToCount(labels, g, packed, 1, SE, Math.round(spec.seVolumeFraction() * box), spec.wallsZ(), q, axes)
                : 1;
        t = trace("voxelising", t);
        CbdModels.byName(spec.cbd().model()).place(labels, g.nx(), g.ny(), g.nz(), h,
                Math.round(spec.cbdVolumeFraction() * box), spec.cbd(), AM, CBD, Seeds.derive(spec.seed(), 4));
        trace("cbd " + spec.cbd().model(), t);
        double[] rs = packed.r().clone();
        for (int i = 0; i < n; i++) {
            rs[i] *= (phase[i] == 0 ? amScale : seScale) / equatorial; // volume-equivalent radii
        }
        SpherePacking.Result scaled = new SpherePacking.Result(packed.x(), packed.y(), packed.z(), rs, packed.phase(),
                packed.sweeps(), packed.listBuilds(), packed.maxExcessOverlap());
        return new Electrode(v, scaled, amScale, seScale, spec.cbd().nanoPorosity());
    }

    /**
     * Unit symmetry axes (3 per particle): SE along z; AM at an angle θ from z with cos θ uniform
     * in [alignment, 1] and a uniform azimuth. All along z when every particle is a sphere.
     */
    private static double[] axes(SpherePacking.Result p, double alignment, UniformRandomProvider rng) {
        double[] n = new double[3 * p.count()];
        for (int i = 0; i < p.count(); i++) {
            double cos = 1;
            double phi = 0;
            if (p.phase()[i] == 0) {
                cos = alignment + (1 - alignment) * rng.nextDouble();
                phi = 2 * Math.PI * rng.nextDouble();
            }
            double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
            n[3 * i] = sin * Math.cos(phi);
            n[3 * i + 1] = sin * Math.sin(phi);
            n[3 * i + 2] = cos;
        }
        return n;
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
                                          long target, boolean wallsZ, double aspect, double[] axes) {
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
        double[] polar = new double[m];
        double[] n = new double[3 * m];
        for (int i = 0, j = 0; i < p.count(); i++) {
            if (p.phase()[i] == phaseIndex) {
                x[j] = p.x()[i];
                y[j] = p.y()[i];
                z[j] = p.z()[i];
                System.arraycopy(axes, 3 * i, n, 3 * j, 3);
                polar[j] = aspect * p.r()[i];
                r[j++] = p.r()[i];
            }
        }
        int count = m;
        Voxelizer vox = aspect == 1
                ? (into, f) -> SphereVoxelizer.voxelize(into, g.nx(), g.ny(), g.nz(), x, y, z, r, count, f, label, !wallsZ)
                : (into, f) -> SpheroidVoxelizer.voxelize(into, g.nx(), g.ny(), g.nz(), x, y, z, r, polar, n, count, f, label,
                        !wallsZ);
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
            vox.voxelize(work, s);
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
        vox.voxelize(labels, best);
        return best;
    }

    /** Voxelises one phase's particles into {@code labels} with their sizes multiplied by {@code scale}. */
    @FunctionalInterface
    private interface Voxelizer {
        void voxelize(byte[] labels, double scale);
    }
}
