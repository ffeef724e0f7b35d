package org.electrotwin.process.contact;

/** Attraction between particles (positive = attractive magnitude along the normal), N. */
public interface CohesionModel {
    /** @param hist per-contact history; cohesion state at hist[h+3], hist[h+4] */
    double attraction(Contact c, double[] hist, int h);

    /** Gap beyond contact over which attraction acts, m. */
    double rangeM();

    record None() implements CohesionModel {
        @Override
        public double attraction(Contact c, double[] hist, int h) {
            return 0;
        }

        @Override
        public double rangeM() {
            return 0;
        }
    }

    /**
     * Simplified JKR cohesion: F = k·A with the Hertz contact area A = π·R*·δ, k an energy
     * density (LIGGGHTS {@code cohesion sjkr}; used by ARTISTIC for CBD, Ngandjong et al. 2021).
     */
    record SimplifiedJkr(double energyDensityPa) implements CohesionModel {
        @Override
        public double attraction(Contact c, double[] hist, int h) {
            return c.delta > 0 ? energyDensityPa * Math.PI * c.rStar * c.delta : 0;
        }

        @Override
        public double rangeM() {
            return 0;
        }
    }

    /**
     * Adhesive elasto-plastic CBD bridge: a bridge forms when a CBD particle touches another
     * particle; in tension it pulls back with k_b·(gap − g_p), capped at the yield force F_y
     * beyond which it stretches plastically (g_p grows, so the work is dissipated), and it
     * breaks for good at the break gap; a dashpot at half the critical damping acts while it holds. A minimal solid-bridge model in the spirit of the
     * bonded CBD of Ngandjong et al. 2021 and the elasto-plastic adhesion of Luding (2008).
     */
    record ElastoplasticBridge(int bridgeType, double stiffnessNPerM, double yieldForceN, double breakGapM, int wallType)
            implements CohesionModel {
        @Override
        public double attraction(Contact c, double[] hist, int h) {
            if ((c.ti != bridgeType && c.tj != bridgeType) || c.tj == wallType) {
                return 0; // bridges join particles only: the film must not stick to the calender roll
            }
            if (c.delta > 0) {
                hist[h + 3] = 1; // bridged; compression is carried by the normal model
                hist[h + 4] = 0;
                return 0;
            }
            if (hist[h + 3] == 0) {
                return 0;
            }
            double gap = -c.delta;
            if (gap > breakGapM) {
                hist[h + 3] = 0;
                return 0;
            }
            double f = stiffnessNPerM * (gap - hist[h + 4]);
            if (f > yieldForceN) {
                hist[h + 4] = gap - yieldForceN / stiffnessNPerM;
                f = yieldForceN;
            }
            // the viscous binder damps the bridge at half the critical rate, 2ζ·√(m*·k_b) with ζ = 0.5;
            // an undamped bridge would ring for ever and keep the film from coming to rest
            double vn = c.vx * c.nx + c.vy * c.ny + c.vz * c.nz; // > 0: separating
            return Math.max(f, 0) + Math.sqrt(c.mStar * stiffnessNPerM) * vn;
        }

        @Override
        public double rangeM() {
            return breakGapM;
        }
    }
}
