package org.electrotwin.generate;

import org.electrotwin.core.InputException;

/**
 * What a stochastic electrode should look like: target phase volume fractions (of the whole
 * box, as counted on the voxels), particle sizes, grid, calendering overlap, CBD morphology.
 * SE fraction 0 and {@code se} null give an SIB (or liquid-electrolyte) electrode.
 *
 * @param amOverlap     allowed interpenetration of AM–AM and SE–SE pairs, as a fraction of the
 *                      smaller radius (0: hard spheres; ~0.1–0.2 mimics calendering flattening)
 * @param amSeOverlap   allowed AM–SE interpenetration (fraction of the smaller radius): the AM|SE
 *                      contact parameter; larger values give larger AM|SE contact area
 * @param wallsZ        true: the current collector (z = 0) and the film top (z = nz) are walls
 *                      that particles do not cross; false: periodic in z
 * @param amAspectRatio polar over equatorial semi-axis of the AM spheroids, in [0.1, 10]:
 *                      1 spheres, &lt; 1 platelets (oblate), &gt; 1 rods (prolate); sizes are
 *                      volume-equivalent diameters (see {@link ElectrodeGenerator} for the packing)
 * @param amAlignment   in [0, 1]: the AM symmetry axes make an angle θ with z whose cosine is
 *                      uniform in [amAlignment, 1]: 1 all along z (platelets flat in the
 *                      electrode plane, as after calendering), 0 isotropic
 */
public record ElectrodeSpec(double amVolumeFraction, double cbdVolumeFraction, double seVolumeFraction,
                            SizeDistribution am, SizeDistribution se, int nx, int ny, int nz, double voxelSizeM,
                            double amOverlap, double amSeOverlap, boolean wallsZ, CbdParams cbd, long seed,
                            double amAspectRatio, double amAlignment) {
    /** Spherical particles. */
    public ElectrodeSpec(double amVolumeFraction, double cbdVolumeFraction, double seVolumeFraction,
                         SizeDistribution am, SizeDistribution se, int nx, int ny, int nz, double voxelSizeM,
                         double amOverlap, double amSeOverlap, boolean wallsZ, CbdParams cbd, long seed) {
        this(amVolumeFraction, cbdVolumeFraction, seVolumeFraction, am, se, nx, ny, nz, voxelSizeM, amOverlap,
                amSeOverlap, wallsZ, cbd, seed, 1, 1);
    }

    public ElectrodeSpec {
        if (!(amAspectRatio >= 0.1 && amAspectRatio <= 10)) {
            throw new InputException("amAspectRatio " + amAspectRatio + ": expected a ratio of semi-axes in [0.1, 10] (1: spheres)");
        }
        if (!(amAlignment >= 0 && amAlignment <= 1)) {
            throw new InputException("amAlignment " + amAlignment + ": expected a number in [0, 1] (1: axes along z, 0: isotropic)");
        }
        new Grid(nx, ny, nz, voxelSizeM);
        check("amVolumeFraction", amVolumeFraction);
        check("cbdVolumeFraction", cbdVolumeFraction);
        check("seVolumeFraction", seVolumeFraction);
        if (amVolumeFraction + cbdVolumeFraction + seVolumeFraction >= 1) {
            throw new InputException("phase fractions am " + amVolumeFraction + " + cbd " + cbdVolumeFraction + " + se "
                    + seVolumeFraction + " leave no pore: expected a sum below 1");
        }
        if (am == null || amVolumeFraction == 0) {
            throw new InputException("an electrode needs active material: amVolumeFraction > 0 and its size distribution");
        }
        if (seVolumeFraction > 0 && se == null) {
            throw new InputException("seVolumeFraction " + seVolumeFraction + " needs a solid-electrolyte size distribution");
        }
        if (!(amOverlap >= 0 && amOverlap < 1) || !(amSeOverlap >= 0 && amSeOverlap < 1)) {
            throw new InputException("amOverlap " + amOverlap + ", amSeOverlap " + amSeOverlap
                    + ": expected fractions of the smaller radius in [0, 1)");
        }
        if (cbd == null) {
            throw new InputException("cbd parameters missing");
        }
    }

    private static void check(String name, double f) {
        if (!(f >= 0 && f < 1)) {
            throw new InputException(name + " " + f + ": expected a volume fraction in [0, 1)");
        }
    }

    /** An SIB electrode (AM + CBD), walls in z, no calendering overlap. */
    public static ElectrodeSpec sib(double am, double cbd, SizeDistribution amSizes, int nx, int ny, int nz,
                                    double voxelSizeM, CbdParams cbdParams, long seed) {
        return new ElectrodeSpec(am, cbd, 0, amSizes, null, nx, ny, nz, voxelSizeM, 0, 0, true, cbdParams, seed);
    }

    /** The same electrode with spheroidal AM particles. */
    public ElectrodeSpec withAmShape(double aspectRatio, double alignment) {
        return new ElectrodeSpec(amVolumeFraction, cbdVolumeFraction, seVolumeFraction, am, se, nx, ny, nz, voxelSizeM,
                amOverlap, amSeOverlap, wallsZ, cbd, seed, aspectRatio, alignment);
    }

    public Grid grid() {
        return new Grid(nx, ny, nz, voxelSizeM);
    }
}
