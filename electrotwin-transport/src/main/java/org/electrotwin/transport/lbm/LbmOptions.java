package org.electrotwin.transport.lbm;

import org.electrotwin.core.InputException;

/**
 * Settings of the single-phase lattice Boltzmann solver (lattice units: voxel = 1, step = 1).
 *
 * @param tauPlus       relaxation time of the symmetric (viscous) moments; ν = (τ⁺ − ½)/3. With the
 *                      magic parameter fixed, the steady Stokes solution does not depend on it, so it
 *                      only sets the speed of convergence; {@link #AUTO_TAU} (the default) picks it from the
 *                      sample's size ({@link #resolvedTauPlus})
 * @param magic         Λ = (τ⁺ − ½)(τ⁻ − ½) of the TRT collision; 3/16 puts halfway bounce-back walls
 *                      exactly midway between nodes for Poiseuille flow (Ginzburg, Verhaeghe &
 *                      d'Humières 2008, Commun. Comput. Phys. 3:427)
 * @param forceLu       body-force density driving the flow, lattice units; small enough for Stokes flow
 * @param relTol        converged when the velocity field's relative change over a check interval (L1 norm,
 *                      which bounds the flux's) and its geometric extrapolation to infinitely many steps
 *                      are below this, and so is k's change. The state is single precision: below ~1e-6
 *                      the field's change is round-off, and only k's change is tested
 * @param checkEvery    steps between convergence checks (even)
 * @param maxSteps      give up (converged = false) after this many steps
 * @param boundary      how the volume's faces are treated
 * @param bufferLayers  fluid layers between the outlet and inlet faces for {@link Boundary#SEALED}
 * @param correctEvery  steps between coarse layer corrections (even) ({@link LayerCorrection}: the sample-scale
 *                      pressure profile is set by a 1D Darcy solve instead of waiting for it to diffuse);
 *                      0 (the default) switches them off: each restarts the convergence test, and with the
 *                      automatic τ⁺ they no longer pay in cubes (128³: 1 100 steps with them every 200 or 400 steps, as without). They stop once small,
 *                      so the result is the plain run's
 */
public record LbmOptions(double tauPlus, double magic, double forceLu, double relTol, int checkEvery, int maxSteps,
                         Boundary boundary, int bufferLayers, int correctEvery) {

    /** Face treatment of the volume. */
    public enum Boundary {
        /** The volume is one periodic cell of an infinite medium (sphere arrays, generated periodic structures). */
        PERIODIC,
        /**
         * A sample in a permeameter: closed side walls, and a thin fluid buffer joining the outlet face to
         * the inlet face (periodic through the buffer), the force acting in the sample only. The pressure
         * difference across the buffer is measured and counted in the driving pressure, so the buffer adds
         * no resistance to the result. Cheaper than mirroring the volume (which doubles it).
         */
        SEALED
    }

    public LbmOptions {
        if (!(tauPlus == AUTO_TAU || tauPlus > 0.5 && tauPlus < 5)) {
            throw new InputException("lbm: tauPlus must be in (0.5, 5), or 0 for automatic, got " + tauPlus);
        }
        if (!(magic > 0 && magic < 1)) {
            throw new InputException("lbm: magic parameter must be in (0, 1), got " + magic);
        }
        if (!(forceLu > 0 && forceLu < 1e-2)) {
            throw new InputException("lbm: forceLu must be in (0, 1e-2), got " + forceLu);
        }
        if (!(relTol > 0 && relTol < 1)) {
            throw new InputException("lbm: relTol must be in (0, 1), got " + relTol);
        }
        if (checkEvery < 1 || maxSteps < 1 || bufferLayers < 0 || correctEvery < 0) {
            throw new InputException("lbm: checkEvery and maxSteps must be positive, bufferLayers and correctEvery >= 0");
        }
        if (checkEvery % 2 != 0 || correctEvery % 2 != 0) {
            // the in-place (AA) streaming leaves a readable state after even numbers of steps only
            throw new InputException("lbm: checkEvery and correctEvery must be even, got " + checkEvery + " and " + correctEvery);
        }
        if (boundary == null) {
            throw new InputException("lbm: boundary is missing (PERIODIC or SEALED)");
        }
    }

    /** tauPlus value asking for {@link #resolvedTauPlus}. */
    public static final double AUTO_TAU = 0;

    public static LbmOptions defaults() {
        return new LbmOptions(AUTO_TAU, 3.0 / 16.0, 1e-5, 1e-3, 100, 200_000, Boundary.SEALED, 4, 0);
    }

    /**
     * τ⁺ for a sample whose longest side is {@code cells} voxels: the set value, or for {@link #AUTO_TAU}
     * the viscosity ν = 7.8/W (W = the longest side, half of it in a periodic cell, whose slowest pressure
     * mode has half the wavelength), τ⁺ kept in [0.55, 1]. Why: two transients must die out, the pore-scale
     * one in ~d²/(π²ν) steps and the sample-scale pressure diffusion in ~W²νφ/(c_e k π²) steps (D = c_e k/(νφ));
     * their sum is least at ν ∝ d √(c_e k/φ)/W. Measured on crops of the reference electrode (LbmBench, relTol
     * 1e-3, c_e = ½, steps to the stop): 128³ 1 300 / 1 200 / 1 000 / 1 100 / 1 100 / 1 100 at τ⁺ = 0.62 / 0.64 /
     * 0.66 / 0.684 (this rule) / 0.70 / 0.72; 200³ 1 600 at 0.617 (this rule), 1 800 at 0.635; 256³ 2 600 / 2 600 /
     * 2 100 / 2 200 / 2 600 at 0.591 (this rule) / 0.60 / 0.605 / 0.62 / 0.645. The count moves in steps of a check and
     * not smoothly with τ⁺ (the stop needs two checks below the tolerance), so the optimum is a band, not a point.
     */
    public double resolvedTauPlus(int cells) {
        if (tauPlus != AUTO_TAU) {
            return tauPlus;
        }
        double width = boundary == Boundary.PERIODIC ? 0.5 * cells : cells;
        double nu = 7.8 / Math.max(width, 1);
        return Math.max(0.55, Math.min(1.0, 0.5 + 3 * nu));
    }

    /** These options with τ⁺ resolved for a sample whose longest side is {@code cells} voxels. */
    public LbmOptions resolved(int cells) {
        return withTauPlus(resolvedTauPlus(cells));
    }

    /** Kinematic viscosity in lattice units (of a set τ⁺: {@link #resolved} first when it is automatic). */
    public double viscosityLu() {
        if (tauPlus == AUTO_TAU) {
            throw new IllegalStateException("lbm: tauPlus is automatic: resolve it for the sample first");
        }
        return (tauPlus - 0.5) / 3;   // from the odd equilibrium's lattice weights, whatever c_e
    }

    public LbmOptions withBoundary(Boundary b) {
        return new LbmOptions(tauPlus, magic, forceLu, relTol, checkEvery, maxSteps, b, bufferLayers, correctEvery);
    }

    public LbmOptions withRelTol(double tol) {
        return new LbmOptions(tauPlus, magic, forceLu, tol, checkEvery, maxSteps, boundary, bufferLayers, correctEvery);
    }

    public LbmOptions withTauPlus(double tau) {
        return new LbmOptions(tau, magic, forceLu, relTol, checkEvery, maxSteps, boundary, bufferLayers, correctEvery);
    }

    public LbmOptions withForceLu(double force) {
        return new LbmOptions(tauPlus, magic, force, relTol, checkEvery, maxSteps, boundary, bufferLayers, correctEvery);
    }

    /** Steps between coarse layer corrections, 0 = none (the plain lattice Boltzmann iteration). */
    public LbmOptions withCorrectEvery(int steps) {
        return new LbmOptions(tauPlus, magic, forceLu, relTol, checkEvery, maxSteps, boundary, bufferLayers, steps);
    }

    public LbmOptions withBufferLayers(int layers) {
        return new LbmOptions(tauPlus, magic, forceLu, relTol, checkEvery, maxSteps, boundary, layers, correctEvery);
    }

    public LbmOptions withMaxSteps(int steps) {
        return new LbmOptions(tauPlus, magic, forceLu, relTol, checkEvery, steps, boundary, bufferLayers, correctEvery);
    }
}
