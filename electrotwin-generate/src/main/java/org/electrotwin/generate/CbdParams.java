package org.electrotwin.generate;

import org.electrotwin.core.InputException;

/**
 * Carbon-binder domain (CBD) growth parameters; see {@link CarbonBinderGrowth}.
 *
 * @param nanoPorosity     pore fraction inside the CBD (typically 0.3–0.6; Zielke et al. 2015).
 *                         The CBD voxels stay label cbd; the value is carried for transport
 *                         (effective diffusivity of the CBD as a porous phase) and is not drawn.
 * @param attachmentRate   rate of new units landing on bare active-material surface, relative to
 *                         the rate of a unit joining an aggregate through one CBD face: high
 *                         values spread the CBD as a film of many small patches, low values make
 *                         few large aggregates
 * @param bridgePreference β: bare-surface sites are weighted exp(β·a), a the active-material
 *                         fraction of their 5×5×5 neighbourhood, so β &gt; 0 fills AM–AM necks
 *                         first (bridges), β = 0 coats surfaces evenly (films)
 * @param compactness      α: a site touching k CBD faces joins at rate k^α; α &gt; 0 gives compact,
 *                         smooth aggregates, α &lt; 0 favours tips, i.e. ramified, lower-dimension
 *                         aggregates
 * @param gradient         g in (−1, 1): rates are weighted 1 + g·(2z/Lz − 1), g &gt; 0 enriches the
 *                         top of the film in binder (migration during fast drying; Jaiser et al. 2016)
 */
public record CbdParams(double nanoPorosity, double attachmentRate, double bridgePreference, double compactness,
                        double gradient) {
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
    }

    /** Moderate bridging, films and aggregates both, no gradient, nano-porosity 0.5. */
    public static CbdParams defaults() {
        return new CbdParams(0.5, 0.2, 4, 1, 0);
    }
}
