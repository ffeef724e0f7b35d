package org.electrotwin.transport.lbm;

import org.electrotwin.core.InputException;

/**
 * Settings of the single-phase lattice Boltzmann solver (lattice units: voxel = 1, step = 1).
 *
 * @param tauPlus       relaxation time of the symmetric (viscous) moments; ν = (τ⁺ − ½)/3. With the
 *                      magic parameter fixed, the steady Stokes solution does not depend on it, so it
 *                      only trades speed of convergence against stability
 * @param magic         Λ = (τ⁺ − ½)(τ⁻ − ½) of the TRT collision; 3/16 puts halfway bounce-back walls
 *                      exactly midway between nodes for Poiseuille flow (Ginzburg, Verhaeghe &
 *                      d'Humières 2008, Commun. Comput. Phys. 3:427)
 * @param forceLu       body-force density driving the flow, lattice units; small enough for Stokes flow
 * @param relTol        converged when the relative change of the mean flux over a check interval, and
 *                      its geometric extrapolation to infinitely many steps, are both below this
 * @param checkEvery    steps between convergence checks (even)
 * @param maxSteps      give up (converged = false) after this many steps
 * @param boundary      how the volume's faces are treated
 * @param bufferLayers  fluid layers between the outlet and inlet faces for {@link Boundary#SEALED}
 * @param correctEvery  steps between coarse layer corrections (even) ({@link LayerCorrection}: the sample-scale
 *                      pressure profile is set by a 1D Darcy solve instead of waiting for it to diffuse);
 *                      0 switches them off. They stop once small, so the result is the plain run's
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
        if (!(tauPlus > 0.5 && tauPlus < 5)) {
            throw new InputException("lbm: tauPlus must be in (0.5, 5), got " + tauPlus);
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

    public static LbmOptions defaults() {
        return new LbmOptions(0.8, 3.0 / 16.0, 1e-5, 1e-3, 100, 200_000, Boundary.SEALED, 4, 200);
    }

    /** Kinematic viscosity in lattice units. */
    public double viscosityLu() {
        return (tauPlus - 0.5) * D3Q19.CS2;
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
