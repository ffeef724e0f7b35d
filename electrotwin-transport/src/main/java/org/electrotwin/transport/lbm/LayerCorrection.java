package org.electrotwin.transport.lbm;

/**
 * Coarse (one value per layer) correction of a sealed permeability run: the two-level idea of
 * multigrid, with the layers along the flow as the coarse space.
 *
 * <p>Why: after the pore-scale transient (ℓ²/ν steps) each layer carries the flux its local driving
 * allows, but the flux is not yet the same through every layer. The sample-scale pressure profile
 * that makes it so relaxes diffusively, with D = c_s² k/ν over the whole loop length L, i.e. in
 * L²ν/(c_s² k) steps: thousands for a 200-voxel electrode, while the pore scale settles in hundreds.
 *
 * <p>How: each interface e between layers c and c+1 (around the loop sample + buffer) has the driving
 * D_e = F̄_e + p_c − p_{c+1} (force per volume plus pressure drop) and the flux Q_e = (Q_c + Q_{c+1})/2,
 * hence a Darcy resistance R_e = D_e/Q_e. The steady 1D loop with these resistances has one flux
 * Q* = ΣF̄/ΣR (the pressure drops sum to zero around the loop) and pressures p*_{c+1} = p*_c + F̄_e − Q* R_e,
 * with the total mass kept. Each layer's flow is then scaled by Q* / Q_c and its density moved to p*_c
 * ({@link SinglePhaseLbm#rescaleLayers}). At the steady state of the lattice Boltzmann run the
 * correction is the identity up to the small differences of node-centred layer fluxes, and the run
 * ends without it (see {@link Permeability}), so the result is the plain method's fixed point.
 */
final class LayerCorrection {
    /** The momentum scales and density shifts to apply, and the largest relative flux change |Q* / Q_c − 1|. */
    record Step(double[] scale, double[] shift, double size) {}

    private LayerCorrection() {}

    /**
     * @param flux    Q_c, physical flux Σρu along the loop through each layer
     * @param density summed density deviation Σ(ρ − 1) of each layer
     * @param nodes   fluid nodes of each layer (all positive)
     * @param force   body force per node of each layer
     * @param damping fraction of the correction applied, in (0, 1]
     * @return the correction, or null when the state does not yet fit a Darcy loop (a flux not positive,
     *         or a forced interface driven backwards): the estimate would be unreliable
     */
    static Step solve(double[] flux, double[] density, int[] nodes, double[] force, double damping) {
        int layers = flux.length;
        double[] p = new double[layers];
        for (int c = 0; c < layers; c++) {
            if (!(flux[c] > 0) || nodes[c] <= 0) {
                return null;
            }
            p[c] = SinglePhaseLbm.SOUND_SPEED_SQUARED * density[c] / nodes[c];
        }
        double[] resistance = new double[layers];
        double forceSum = 0;
        double resistanceSum = 0;
        for (int c = 0; c < layers; c++) {
            int next = (c + 1) % layers;
            double drive = 0.5 * (force[c] + force[next]);
            double r = (drive + p[c] - p[next]) / (0.5 * (flux[c] + flux[next]));
            if (r < 0) {
                if (drive > 0) {
                    return null;
                }
                r = 0;   // an unforced open buffer: negligible resistance, its tiny drop lost in the sound waves
            }
            resistance[c] = r;
            forceSum += drive;
            resistanceSum += r;
        }
        if (!(resistanceSum > 0)) {
            return null;
        }
        double target = forceSum / resistanceSum;
        double[] steady = new double[layers];
        for (int c = 0; c + 1 < layers; c++) {
            double drive = 0.5 * (force[c] + force[c + 1]);
            steady[c + 1] = steady[c] + drive - target * resistance[c];
        }
        // the same total mass: Σ N_c p*_c = Σ N_c p_c
        double massNow = 0;
        double massSteady = 0;
        long total = 0;
        for (int c = 0; c < layers; c++) {
            massNow += nodes[c] * p[c];
            massSteady += nodes[c] * steady[c];
            total += nodes[c];
        }
        double offset = (massNow - massSteady) / total;
        double[] scale = new double[layers];
        double[] shift = new double[layers];
        double size = 0;
        for (int c = 0; c < layers; c++) {
            double ratio = target / flux[c];
            size = Math.max(size, Math.abs(ratio - 1));
            scale[c] = 1 + damping * (ratio - 1);
            shift[c] = damping * (steady[c] + offset - p[c]) / SinglePhaseLbm.SOUND_SPEED_SQUARED;
        }
        return new Step(scale, shift, size);
    }
}
