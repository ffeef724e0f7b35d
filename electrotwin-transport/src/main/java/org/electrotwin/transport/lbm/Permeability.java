package org.electrotwin.transport.lbm;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Darcy permeability of a pore space by the single-phase lattice Boltzmann method
 * ({@link SinglePhaseLbm}: D3Q19, TRT, halfway bounce-back on the voxel faces).
 *
 * <p>A uniform body force F (per unit volume) drives creeping flow along the axis. At steady state
 * Darcy's law gives k = μ q / F, with q the superficial velocity (flux per total cross-section), so
 * in lattice units k = ν Σρu / (V F) for a periodic cell of V voxels. For a sealed sample with a
 * fluid buffer between its outlet and inlet faces, only the sample is forced and the pressure the
 * buffer needs is taken off the driving: k = ν Σρu / (A (F L + p_in − p_out)), with p = c_e ρ (c_e = ½, {@link SinglePhaseLbm#SOUND_SPEED_SQUARED}) the mean
 * pressure of the buffer layers touching the inlet and the outlet. Physical units: k_m² = k_lu · Δx².
 *
 * <p>The sample-scale pressure field relaxes diffusively, the run ending in a slow exponential: τ⁺ is
 * chosen from the sample's size to balance it against the pore-scale transient ({@link LbmOptions#resolvedTauPlus}),
 * and {@link Convergence} stops when the velocity field, extrapolated along that exponential, has stopped moving. On request
 * ({@code correctEvery} > 0) a {@link LayerCorrection} sets the axial pressure profile from a 1D Darcy solve
 * over the layers, until the corrections are small or stop shrinking; convergence is then judged on plain
 * steps after the last correction only, so the result is the fixed point of the plain method.
 *
 * <p>Pores are kept when they connect both faces of the axis through shared voxel faces (as
 * for TauFactor's tortuosity); isolated and dead-end-only clusters carry no flow and are not
 * simulated in the sealed case.
 */
public final class Permeability {
    private Permeability() {}

    /** k of one label of a volume (e.g. the pore label). */
    public static PermeabilityResult compute(LabeledVolume volume, int label, Axis axis, LbmOptions options,
                                             Consumer<String> progress) {
        if (label < 0 || label > 255) {
            throw new InputException("permeability: label " + label + " is outside 0..255");
        }
        return compute(volume.mask(label), volume.nx(), volume.ny(), volume.nz(), volume.voxelSizeM(), axis, options, progress);
    }

    /** k of the voxels where {@code pore[i]} is true (x-fastest, {@code nx·ny·nz}), voxel edge {@code voxelSizeM}. */
    public static PermeabilityResult compute(boolean[] pore, int nx, int ny, int nz, double voxelSizeM, Axis axis,
                                             LbmOptions options, Consumer<String> progress) {
        if (pore == null || (long) nx * ny * nz != pore.length || nx < 1 || ny < 1 || nz < 1) {
            throw new InputException("permeability: the pore mask must hold nx*ny*nz = " + (long) nx * ny * nz + " values");
        }
        if (!(voxelSizeM > 0)) {
            throw new InputException("permeability: voxel size must be positive, got " + voxelSizeM);
        }
        long t0 = System.nanoTime();
        options = options.resolved(Math.max(nx, Math.max(ny, nz)));
        Frame fr = Frame.of(axis, nx, ny, nz);
        int na = fr.na();
        int nb = fr.nb();
        int nc = fr.nc();
        int layer = na * nb;
        boolean periodic = options.boundary() == LbmOptions.Boundary.PERIODIC;
        int buffer = periodic ? 0 : options.bufferLayers();
        boolean[] mask = new boolean[Math.multiplyExact(layer, nc + buffer)];
        IntStream.range(0, nc).parallel().forEach(c -> {
            for (int b = 0; b < nb; b++) {
                for (int a = 0; a < na; a++) {
                    mask[a + na * (b + nb * c)] = pore[fr.volumeIndex(a, b, c)];
                }
            }
        });
        long poreCount = 0;
        for (boolean p : pore) {
            if (p) {
                poreCount++;
            }
        }
        double total = (double) nx * ny * nz;
        byte[] reach = FaceConnectivity.reach(mask, na, nb, nc, periodic);
        boolean percolating = false;
        long kept = 0;
        for (int p = 0; p < layer * nc; p++) {
            if (reach[p] == 3) {
                percolating = true;
            }
            if (mask[p] && !periodic && reach[p] != 3) {
                mask[p] = false;   // a sealed sample's dead ends and islands carry no flow
            }
            if (mask[p]) {
                kept++;
            }
        }
        if (!percolating) {
            return new PermeabilityResult(axis, false, OptionalDouble.empty(), 0, new double[3], poreCount / total, 0, 0, 0,
                    true, 0, 0, (System.nanoTime() - t0) / 1e9);
        }
        for (int p = layer * nc; p < mask.length; p++) {
            mask[p] = true;
        }
        FluidNodes nodes = FluidNodes.buildInPlace(mask, na, nb, nc + buffer, periodic, true);
        int forcedEnd = nodes.layerStart()[nc];
        SinglePhaseLbm lbm = new SinglePhaseLbm(nodes, forcedEnd, options.forceLu(), options.tauPlus(), options.magic());
        progress.accept(String.format("permeability along %s: %d fluid nodes (%.1f %% of the box), tau+ %.3f", axis.key(), nodes.n(),
                100.0 * nodes.n() / ((double) layer * (nc + buffer)), options.tauPlus()));

        Convergence conv = new Convergence(options.relTol());
        int layers = nodes.layerStart().length - 1;
        double[] layerFlux = new double[layers];
        double[] layerDensity = new double[layers];
        int[] layerNodes = new int[layers];
        double[] layerForce = new double[layers];
        for (int c = 0; c < layers; c++) {
            layerNodes[c] = nodes.layerStart()[c + 1] - nodes.layerStart()[c];
            layerForce[c] = c < nc ? options.forceLu() : 0;
        }
        boolean correcting = options.correctEvery() > 0;
        int corrections = 0;
        double lastCorrection = Double.POSITIVE_INFINITY;
        long tSolve = System.nanoTime();
        int steps = 0;
        int every = options.checkEvery();
        double nu = options.viscosityLu();
        double force = options.forceLu();
        // k = ν q / (driving): the force over a periodic cell; over a sealed sample the force less the buffer's drop dp
        java.util.function.DoubleBinaryOperator kFromFluxAndDrop = (flux, dp) ->
                nu * flux / (periodic ? force * total : layer * (force * nc + dp));
        double[] j = null;
        double kStep = Double.NaN;
        double[] window = new double[3];
        double windowDp = 0;
        float[] before = new float[nodes.n()];
        int dpSamples = 0;
        while (steps < options.maxSteps()) {
            // flux and buffer pressure drop are averaged over each check interval: the sound waves that ring in a
            // sealed sample would otherwise alias into the sampled sequence and mask (or fake) convergence
            double[] m = lbm.step(true);
            steps++;
            for (int d = 0; d < 3; d++) {
                window[d] += m[d];
            }
            if (!periodic && buffer > 0 && lbm.streamed()) {
                windowDp += bufferPressureDrop(lbm, nc, buffer);
                dpSamples++;
            }
            if (steps % every == 0) {
                j = new double[] {window[0] / every, window[1] / every, window[2] / every};
                window = new double[3];
                double dp = dpSamples == 0 ? 0 : windowDp / dpSamples;
                windowDp = 0;
                dpSamples = 0;
                kStep = kFromFluxAndDrop.applyAsDouble(j[2], dp);
                if (!Double.isFinite(kStep)) {
                    throw new IllegalStateException("permeability: the lattice Boltzmann run diverged (lower forceLu or raise tauPlus)");
                }
                double moved = lbm.axialVelocityChange(before);
                if (TRACE) {
                    System.err.printf("[transport] permeability step %d: k %.8g lu, velocity field moved %.3e%n", steps, kStep, moved);
                }
                if (conv.add(kStep, moved)) {
                    break;
                }
                if (correcting && steps % options.correctEvery() == 0) {
                    LayerCorrection.Step corr = LayerCorrection.solve(layerFlux(lbm, layerFlux, layerDensity), layerDensity,
                            layerNodes, layerForce, DAMPING);
                    progress.accept(String.format("permeability along %s: step %d, flux %.6g, layer correction %s", axis.key(), steps,
                            j[2], corr == null ? "skipped (no Darcy loop yet)" : String.format("%.2e", corr.size())));
                    if (corr != null) {
                        lbm.rescaleLayers(corr.scale(), corr.shift());
                        conv = new Convergence(options.relTol());   // judge convergence on plain steps only
                        corrections++;
                        // stop once small (the plain steps then finish the pore-scale details) or no longer shrinking
                        // (what is left is not a 1D layer mode)
                        correcting = corr.size() > 10 * options.relTol() && corr.size() < 0.5 * lastCorrection
                                && corrections < MAX_CORRECTIONS;
                        lastCorrection = corr.size();
                    }
                }
                if (steps % (every * 5) == 0) {   // about every 45 s on a 256³ electrode
                    progress.accept(String.format("permeability along %s: step %d, k %.6g lu, change %.2e", axis.key(), steps,
                            conv.value(), conv.estimate()));
                }
            }
        }
        if (j == null) {
            // fewer steps than one check interval: the last step's flux and pressure
            j = lbm.step(true);
            steps++;
            if (!lbm.streamed()) {
                lbm.step(false);
                steps++;
            }
            double dp = periodic || buffer == 0 ? 0 : bufferPressureDrop(lbm, nc, buffer);
            kStep = kFromFluxAndDrop.applyAsDouble(j[2], dp);
            conv.add(kStep, Double.POSITIVE_INFINITY);   // one sample says nothing of convergence
        }
        double seconds = (System.nanoTime() - tSolve) / 1e9;
        double kLu = kStep;
        double dx2 = voxelSizeM * voxelSizeM;
        double[] column = new double[3];
        Axis[] va = fr.volumeAxes();
        for (int d = 0; d < 3; d++) {
            // the cross terms (periodic cells) at the same ratio to the axial flux
            column[va[d].ordinal()] = (periodic || d == 2) && j[2] != 0 ? kLu * j[d] / j[2] * dx2 : 0;
        }
        double mlups = (double) nodes.n() * steps / seconds / 1e6;
        progress.accept(String.format("permeability along %s: k = %.4g m² after %d steps (%.1f MLUPS)", axis.key(), kLu * dx2, steps, mlups));
        return new PermeabilityResult(axis, true, OptionalDouble.of(kLu * dx2), kLu, column, poreCount / total, kept / total,
                nodes.n(), steps, conv.converged(), conv.estimate(), mlups, (System.nanoTime() - t0) / 1e9);
    }

    /** k at every check on stderr, with the JVM flag the transport package's {@code Trace} uses. */
    private static final boolean TRACE = Boolean.getBoolean("electrotwin.trace");

    /** Share of each layer correction applied: the whole (the 1D loop solve is not iterative). */
    static final double DAMPING = 1;
    /** Corrections stop after this many even if they still shrink: the plain steps must decide convergence. */
    static final int MAX_CORRECTIONS = 20;

    /** Pressure of the buffer layer before the inlet (the last) minus that after the outlet (the first), lattice units. */
    private static double bufferPressureDrop(SinglePhaseLbm lbm, int nc, int buffer) {
        return SinglePhaseLbm.SOUND_SPEED_SQUARED * (lbm.meanDensityDeviation(nc + buffer - 1) - lbm.meanDensityDeviation(nc));
    }

    private static double[] layerFlux(SinglePhaseLbm lbm, double[] flux, double[] density) {
        lbm.layerSums(flux, density);
        return flux;
    }

    /**
     * Convergence of a run from its state: at each check the relative L1 change δ of the velocity field over the
     * interval, and k. The state decays geometrically at the end of a run (the sample-scale pressure diffusion), so
     * what is left to move is about δ·r/(1 − r), r = δ/δ_before (the usual error estimate of a linearly converging
     * iteration). Converged when that and δ are below the tolerance, k's own change too, two checks in a row; the L1
     * change of the field bounds that of the flux, so k is then within about the tolerance of its limit.
     *
     * <p>Why the field and not k alone: k is a sum, in which modes of opposite sign can cancel. On a 200³ electrode
     * crop (τ⁺ = 0.605) k moved by 4e-4 per check at 1 000 steps, 2.4e-3 short of its limit, while the field still moved
     * by 5e-3 per check. A stop on k's own geometric tail was fooled there, and at overshoots (0.5 % at 200³ earlier).
     */
    static final class Convergence {
        /**
         * A field change below this is the round-off of the single-precision state, not a decay to extrapolate: a 64³
         * crop whose k had stopped moving in its 8th digit still moved by 1e-6 … 1e-7 per check, at a ratio near 1.
         * Tighter tolerances are then judged on k alone.
         */
        static final double STATE_ROUND_OFF = 1e-6;
        private final double tol;
        private double value = Double.NaN;
        private double lastChange = Double.NaN;
        private double estimate = Double.POSITIVE_INFINITY;
        private boolean belowOnce;
        private boolean converged;

        Convergence(double tol) {
            this.tol = tol;
        }

        /** Adds k and the relative change of the state over the same interval; true once converged. */
        boolean add(double v, double stateChange) {
            double r = stateChange / lastChange;
            lastChange = stateChange;
            double remaining = stateChange < STATE_ROUND_OFF ? 0   // at rest as far as single precision tells
                    : r >= 0 && r < 1 ? Math.max(stateChange, stateChange * r / (1 - r)) : Double.POSITIVE_INFINITY;
            double valueChange = Double.isNaN(value) || v == 0 ? Double.POSITIVE_INFINITY : Math.abs(v - value) / Math.abs(v);
            value = v;
            estimate = Math.max(remaining, valueChange);
            converged = estimate < tol && belowOnce;
            belowOnce = estimate < tol;
            return converged;
        }

        /** The last k. */
        double value() {
            return value;
        }

        /** What the state and k have left to move, relative: an estimate of the relative error of {@link #value}. */
        double estimate() {
            return estimate;
        }

        boolean converged() {
            return converged;
        }
    }
}
