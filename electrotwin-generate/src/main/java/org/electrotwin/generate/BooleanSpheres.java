package org.electrotwin.generate;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Boolean model of spheres (Matheron 1975; Stoyan, Kendall &amp; Mecke, Stochastic Geometry,
 * ch. 3): a Poisson process of centres of intensity λ, each the centre of a sphere, radii
 * fixed ({@code boolean-spheres}) or lognormal ({@code boolean-polydisperse-spheres}).
 * The solid (label 1) is the union. λ is set from the requested porosity by the exact
 * relation ε = exp(−λ·E[V]); the specific surface is then S_V = λ·E[S]·ε.
 * The window is periodic in x, y and z, so the model is stationary right up to the faces.
 */
public final class BooleanSpheres implements MicrostructureModel {
    private final boolean polydisperse;

    private BooleanSpheres(boolean polydisperse) {
        this.polydisperse = polydisperse;
    }

    public static BooleanSpheres monodisperse() {
        return new BooleanSpheres(false);
    }

    public static BooleanSpheres polydisperse() {
        return new BooleanSpheres(true);
    }

    @Override
    public String name() {
        return polydisperse ? "boolean-polydisperse-spheres" : "boolean-spheres";
    }

    @Override
    public String description() {
        return "Boolean model of " + (polydisperse ? "lognormal " : "") + "spheres, porosity exp(-lambda E[V]) (Matheron 1975)";
    }

    @Override
    public List<Param> parameters() {
        List<Param> p = new ArrayList<>(Grid.PARAMS);
        if (polydisperse) {
            p.add(Param.of("d50M", Dimension.LENGTH, 8e-6, "volume-weighted median diameter"));
            p.add(Param.of("span", Dimension.NONE, 1.0, "(d90-d10)/d50 of the volume-weighted distribution"));
        } else {
            p.add(Param.of("radiusM", Dimension.LENGTH, 4e-6, "sphere radius"));
        }
        p.add(Param.of("porosity", Dimension.NONE, 0.5, "expected pore fraction exp(-lambda E[V])"));
        return p;
    }

    /** Sphere sizes of a parameter set. */
    public SizeDistribution sizes(ModelParams p) {
        return polydisperse ? new SizeDistribution(p.get(this, "d50M"), p.get(this, "span"))
                : SizeDistribution.monodisperse(2 * p.get(this, "radiusM"));
    }

    /** The intensity λ (1/m³) that gives the requested porosity. */
    public double intensityPerM3(ModelParams p) {
        double eps = porosity(p);
        return -Math.log(eps) / (Math.PI / 6 * sizes(p).numberMoment(3));
    }

    /** Expected specific surface λ·E[S]·ε (1/m). */
    public double expectedSpecificSurfacePerM(ModelParams p) {
        return intensityPerM3(p) * Math.PI * sizes(p).numberMoment(2) * porosity(p);
    }

    private double porosity(ModelParams p) {
        double eps = p.get(this, "porosity");
        if (!(eps > 0 && eps < 1)) {
            throw new InputException("parameter porosity of model " + name() + " = " + eps + ": expected a fraction in (0, 1)");
        }
        return eps;
    }

    @Override
    public LabeledVolume generate(ModelParams p, long seed) {
        p.checkKnown(this);
        Grid g = Grid.of(this, p);
        SizeDistribution sizes = sizes(p);
        double h = g.voxelSizeM();
        if (sizes.maxDiameterM() / h >= Math.min(g.nx(), Math.min(g.ny(), g.nz()))) {
            throw new InputException("model " + name() + ": spheres up to " + sizes.maxDiameterM() + " m do not fit a "
                    + g.nx() + "x" + g.ny() + "x" + g.nz() + " grid of " + h + " m voxels: enlarge the grid");
        }
        LabeledVolume v = g.allocate();
        UniformRandomProvider rng = Seeds.rng(seed, 0);
        double mean = intensityPerM3(p) * g.volumeM3();
        if (mean > 5e7) {
            throw new InputException("model " + name() + ": " + (long) mean + " spheres expected: enlarge them or shrink the grid");
        }
        int n = PoissonSampler.of(rng, mean).sample();
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] cz = new double[n];
        double[] r = new double[n];
        SizeDistribution.DoubleSampler d = sizes.sampler(rng);
        for (int i = 0; i < n; i++) {
            cx[i] = rng.nextDouble() * g.nx();
            cy[i] = rng.nextDouble() * g.ny();
            cz[i] = rng.nextDouble() * g.nz();
            r[i] = d.sample() / (2 * h);
        }
        SphereVoxelizer.voxelize(v.labels(), g.nx(), g.ny(), g.nz(), cx, cy, cz, r, n, 1.0, (byte) 1, true);
        return v;
    }
}
