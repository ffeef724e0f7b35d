package org.electrotwin.generate;

import org.electrotwin.core.InputException;

/**
 * Carbon-binder domain (CBD) parameters: which model builds it ({@link CbdModels}) and the
 * parameters of each. Shared by both models: nano-porosity, bridge preference, gradient.
 *
 * @param nanoPorosity      pore fraction inside the CBD (typically 0.3–0.6; Zielke et al. 2015).
 *                          The CBD voxels stay label cbd; the value is carried for transport
 *                          (effective diffusivity of the CBD as a porous phase) and is not drawn.
 * @param attachmentRate    growth: rate of new units landing on bare active-material surface,
 *                          relative to the rate of a unit joining an aggregate through one CBD
 *                          face: high values spread the CBD as a film of many small patches, low
 *                          values make few large aggregates
 * @param bridgePreference  β: sites on the AM surface are weighted exp(β·a), a the active-material
 *                          fraction of their 5×5×5 neighbourhood, so β &gt; 0 fills AM–AM necks
 *                          first (bridges), β = 0 coats surfaces evenly (films)
 * @param compactness       growth: α, a site touching k CBD faces joins at rate k^α; α &gt; 0 gives
 *                          compact, smooth aggregates, α &lt; 0 favours tips (ramified aggregates)
 * @param gradient          g in (−1, 1): rates are weighted 1 + g·(2z/Lz − 1), g &gt; 0 enriches the
 *                          top of the film in binder (migration during fast drying; Jaiser et al. 2016)
 * @param model             the registered CBD model, {@code aggregation} or {@code growth}
 * @param fractalDimension  aggregation: D_f of the aggregates, in [1, 3]
 * @param fractalPrefactor  aggregation: k_f of N = k_f·(R_g/a)^D_f; 0 takes Gmachowski's
 *                          correlation k_f = 4.46·D_f^−2.08 (Gmachowski 2002, Colloids Surf. A 211:197)
 * @param primaryRadiusM    aggregation: radius a of a primary unit (a carbon-black/binder blob), m
 * @param unitsPerAggregate aggregation: primary units per aggregate
 */
public record CbdParams(double nanoPorosity, double attachmentRate, double bridgePreference, double compactness,
                        double gradient, String model, double fractalDimension, double fractalPrefactor,
                        double primaryRadiusM, int unitsPerAggregate) {
    /** Aggregation defaults: see {@link #defaults()}. */
    static final double DEFAULT_FRACTAL_DIMENSION = 2.2;
    static final double DEFAULT_PRIMARY_RADIUS_M = 1.5e-6;
    static final int DEFAULT_UNITS = 4;

    public CbdParams {
        if (!(nanoPorosity >= 0 && nanoPorosity < 1)) {
            throw new InputException("cbd nanoPorosity " + nanoPorosity + ": expected a fraction in [0, 1)");
        }
        if (!(attachmentRate >= 0) || !Double.isFinite(attachmentRate)) {
            throw new InputException("cbd attachmentRate " + attachmentRate + ": expected a finite rate >= 0");
        }
        if (!Double.isFinite(bridgePreference) || Math.abs(bridgePreference) > 50) {
            throw new InputException("cbd bridgePreference " + bridgePreference + ": expected a number in [-50, 50]");
        }
        if (!Double.isFinite(compactness) || Math.abs(compactness) > 10) {
            throw new InputException("cbd compactness " + compactness + ": expected an exponent in [-10, 10]");
        }
        if (!(gradient > -1 && gradient < 1)) {
            throw new InputException("cbd gradient " + gradient + ": expected a number in (-1, 1)");
        }
        CbdModels.byName(model);
        if (fractalPrefactor == 0 && fractalDimension >= 1 && fractalDimension <= 3) {
            fractalPrefactor = 4.46 * Math.pow(fractalDimension, -2.08);
        }
        FractalAggregate.check(unitsPerAggregate, fractalDimension, fractalPrefactor);
        if (!(primaryRadiusM > 0) || !Double.isFinite(primaryRadiusM)) {
            throw new InputException("cbd primaryRadiusM " + primaryRadiusM + ": expected a positive length");
        }
    }

    /** The growth model with these parameters (the form before the aggregation model existed). */
    public CbdParams(double nanoPorosity, double attachmentRate, double bridgePreference, double compactness,
                     double gradient) {
        this(nanoPorosity, attachmentRate, bridgePreference, compactness, gradient, CbdModels.GROWTH,
                DEFAULT_FRACTAL_DIMENSION, 0, DEFAULT_PRIMARY_RADIUS_M, DEFAULT_UNITS);
    }

    /**
     * The default model ({@link CbdModels#DEFAULT}) with moderate bridging, no gradient,
     * nano-porosity 0.5, and the growth and aggregation parameters at their defaults.
     */
    public static CbdParams defaults() {
        return new CbdParams(0.5, 0.2, 4, 1, 0).withModel(CbdModels.DEFAULT);
    }

    public CbdParams withModel(String name) {
        return new CbdParams(nanoPorosity, attachmentRate, bridgePreference, compactness, gradient, name,
                fractalDimension, fractalPrefactor, primaryRadiusM, unitsPerAggregate);
    }

    public CbdParams withGradient(double g) {
        return new CbdParams(nanoPorosity, attachmentRate, bridgePreference, compactness, g, model,
                fractalDimension, fractalPrefactor, primaryRadiusM, unitsPerAggregate);
    }

    /** Aggregation parameters replaced (prefactor 0: Gmachowski's correlation). */
    public CbdParams withAggregates(double df, double kf, double radiusM, int units) {
        return new CbdParams(nanoPorosity, attachmentRate, bridgePreference, compactness, gradient, model, df,
                kf, radiusM, units);
    }
}
