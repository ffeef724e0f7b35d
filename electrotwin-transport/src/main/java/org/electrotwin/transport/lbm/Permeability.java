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
 * buffer needs is taken off the driving: k = ν Σρu / (A (F L + p_in − p_out)), with p = ρ/3 the mean
 * pressure of the buffer layers touching the inlet and the outlet. Physical units: k_m² = k_lu · Δx².
 *
 * <p>The sample-scale pressure field relaxes diffusively, the run ending in one slow exponential: τ⁺ is
 * chosen from the sample's size to balance it against the pore-scale transient ({@link LbmOptions#resolvedTauPlus}),
 * and {@link Convergence} stops on the Aitken extrapolation of k along that exponential. On request
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
        FluidNodes nodes = FluidNodes.build(mask, na, nb, nc + buffer, periodic, true);
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
                if (TRACE) {
                    System.err.printf("[transport] permeability step %d: k %.8g lu%n", steps, kStep);
                }
                if (conv.add(kStep)) {
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
                if (steps % (every * 20) == 0) {
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
            conv.add(kStep);
        }
        double seconds = (System.nanoTime() - tSolve) / 1e9;
        // the converged value: the last k, or its extrapolation along the slowest mode (Convergence)
        double kLu = Double.isNaN(conv.value()) ? kStep : conv.value();   // NaN: stopped right after a layer correction
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
        return D3Q19.CS2 * (lbm.meanDensityDeviation(nc + buffer - 1) - lbm.meanDensityDeviation(nc));
    }

    private static double[] layerFlux(SinglePhaseLbm lbm, double[] flux, double[] density) {
        lbm.layerSums(flux, density);
        return flux;
    }

    /**
     * Convergence of a sequence sampled every check, which ends in the geometric decay of its slowest mode
     * (in a sealed sample the sample-scale pressure diffusion: one clean exponential for thousands of steps).
     *
     * <p>Two ways to be done, each on two checks in a row. The sequence has stopped moving: its last change Δ
     * and geometric tail Δ·r/(1 − r), r the ratio of the last two changes, are below the tolerance, with a ratio that
     * has settled (or ten times below). Or the sequence of its Aitken Δ²
     * extrapolations e = v + Δ·r/(1 − r) (Aitken 1926: the limit of an exactly geometric sequence) has, by the
     * same test, with a steady ratio r; {@link #value} is then the extrapolated limit. On a 200³ electrode crop
     * this stops at 1 400 steps within 5e-4 of the limit, where the sequence itself is 1 % away and needs 2 500.
     */
    static final class Convergence {
        /** Largest change of the ratio of successive changes for the decay to count as a single mode. */
        static final double STEADY_RATIO = 0.02;
        /**
         * Largest change of that ratio for small changes to count as the end of the decay: a decay that is still
         * mixing modes drifts by 0.03–0.06 per check (200³ electrode), the approach to a turning point by 0.2 or more.
         */
        static final double SETTLING_RATIO = 0.1;
        private final double tol;
        private final Tail samples = new Tail();
        private final Tail extrapolations = new Tail();
        private double value = Double.NaN;
        private double estimate = Double.POSITIVE_INFINITY;
        private boolean extrapolatedOnce;
        private double lastRatio = Double.NaN;
        private boolean converged;

        Convergence(double tol) {
            this.tol = tol;
        }

        boolean add(double v) {
            samples.add(v);
            value = v;
            double before = estimate;
            estimate = samples.estimate();
            double e = samples.extrapolated();
            double ratio = samples.ratio();
            boolean steady = Math.abs(ratio - lastRatio) < STEADY_RATIO;
            boolean settling = Math.abs(ratio - lastRatio) < SETTLING_RATIO;
            lastRatio = ratio;
            // twice in a row, and with a settling ratio unless far below the tolerance: small changes whose ratio
            // drops fast are the approach to a turning point between two modes of opposite sign, not the end
            converged = estimate < tol && before < tol && (settling || Math.max(estimate, before) < 0.1 * tol);
            if (Double.isFinite(e)) {
                extrapolations.add(e);
                double est = extrapolations.estimate();
                // one mode left: the ratio steady, and the extrapolations settled, twice in a row
                if (!converged && est < tol && steady) {
                    if (extrapolatedOnce) {
                        converged = true;
                        value = e;
                        estimate = est;
                    }
                    extrapolatedOnce = true;
                } else {
                    extrapolatedOnce = false;
                }
            } else {
                extrapolations.clear();
                extrapolatedOnce = false;
            }
            return converged;
        }

        /** The converged value: the last sample, or the extrapolated limit when that is what converged. */
        double value() {
            return value;
        }

        double estimate() {
            return estimate;
        }

        boolean converged() {
            return converged;
        }
    }

    /** The last three values of a sequence: its relative remaining drift, and its Aitken extrapolation. */
    private static final class Tail {
        /** Changes this small relative to the value are float round-off. */
        static final double ROUND_OFF = 1e-12;
        private double v0 = Double.NaN;
        private double v1 = Double.NaN;
        private double v2 = Double.NaN;

        private double previousRatio = Double.NaN;

        void add(double v) {
            previousRatio = ratio();
            v0 = v1;
            v1 = v2;
            v2 = v;
        }

        void clear() {
            v0 = v1 = v2 = previousRatio = Double.NaN;
        }

        /** max(|Δ|, geometric tail)/|v|: infinite until three values are known or while the changes grow. */
        double estimate() {
            double change = v2 - v1;
            if (Double.isNaN(v0) || v2 == 0) {
                return Double.POSITIVE_INFINITY;
            }
            if (Math.abs(change) <= ROUND_OFF * Math.abs(v2)) {
                return Math.abs(change) / Math.abs(v2);   // nothing left but round-off: no ratio to trust
            }
            double r = change / (v1 - v0);
            double remaining;
            if (r >= 0 && r < 1) {
                remaining = Math.abs(change) * r / (1 - r);
            } else if (r < 0 && previousRatio < 0) {
                remaining = Math.abs(change);   // an oscillation (seen twice): what is left is less than a swing
            } else {
                // growing changes, or one sign change: a turning point between two modes, which says nothing yet
                remaining = Double.POSITIVE_INFINITY;
            }
            return Math.max(Math.abs(change), remaining) / Math.abs(v2);
        }

        /** Δ_last/Δ_before, NaN until three values are known. */
        double ratio() {
            return (v2 - v1) / (v1 - v0);
        }

        /** v + Δ·r/(1 − r) for a monotone geometric decay (0 ≤ r < 1), else NaN. */
        double extrapolated() {
            double change = v2 - v1;
            double before = v1 - v0;
            if (Double.isNaN(v0)) {
                return Double.NaN;
            }
            if (change == 0) {
                return v2;
            }
            double r = change / before;
            return r >= 0 && r < 1 ? v2 + change * r / (1 - r) : Double.NaN;
        }
    }
}
