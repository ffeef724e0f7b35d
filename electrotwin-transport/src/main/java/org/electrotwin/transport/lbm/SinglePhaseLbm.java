package org.electrotwin.transport.lbm;

import java.util.stream.IntStream;

/**
 * Single-phase D3Q19 lattice Boltzmann solver for slow flow driven by a body force along the
 * frame's c axis, on a {@link FluidNodes} pore list.
 *
 * <p>Collision: two-relaxation-time (TRT; Ginzburg, Verhaeghe & d'Humières 2008) on the
 * symmetric/antisymmetric parts of each pair of opposite populations, with τ⁻ set by the magic
 * parameter Λ = (τ⁺ − ½)(τ⁻ − ½), towards the Stokes equilibrium: linear in the momentum J = j + F/2
 * (ρ₀ = 1), since permeability is a property of creeping flow, where inertia is a Mach-number error and
 * not physics. Forcing: Guo, Zheng & Shi 2002 (Phys. Rev. E 65:046308) to first order, in the odd part.
 * Populations are stored in single precision as deviations from the rest equilibrium (f − r, {@link #restWeight}), which
 * keeps the small velocities of creeping flow well above float round-off.
 *
 * <p>Streaming: the AA pattern (Bailey et al. 2009, "Accelerating lattice Boltzmann fluid flow
 * simulations using graphics processors"; Mohrhard et al. 2019 for sparse lists), in place in one
 * array. Steps alternate: an even step reads a node's own slots and writes each outgoing population
 * into the slot of its opposite (no neighbour touched, no index table read); an odd step reads the
 * incoming populations from the neighbours' slots and writes each outgoing one where its opposite
 * came from, which is where the neighbour downstream will read it (or, behind a wall, where the node
 * itself reads it back: halfway bounce-back). Each slot is read and written by one node only, so the
 * threads need no second array. Against the two-array pull scheme this halves the memory and moves a
 * third less data per step; the results agree to float round-off. After an even number of steps
 * every node's slots hold its incoming (streamed) populations: the accessors below need that state.
 *
 * <p>Threads work on fixed chunks of the node list and momentum sums are added chunk by chunk
 * in order, so results are bit-identical for any number of threads.
 */
final class SinglePhaseLbm {
    static final int CHUNK = 4096;
    /**
     * Speed of sound squared of the equilibrium, c_e = p/ρ. TRT leaves it free (Ginzburg, Verhaeghe & d'Humières
     * 2008): the viscosity, (τ⁺ − ½)/3, comes from the odd equilibrium, which keeps the lattice weights, and the
     * steady Stokes solution is the same for any c_e, its pressure p = c_e ρ. It does set how fast the sample-scale
     * pressure field settles, as a diffusion of coefficient c_e k/(νφ), so the largest value whose rest weight
     * 1 − 2c_e is not negative is used. On crops of the reference electrode it cuts the steps at relTol 1e-3 from
     * 1 900 to 1 200 (128³) and from 1 600 to 1 400 (200³) against the usual 1/3 (with the former stop on k
     * alone); k agrees within 2e-4.
     */
    static final double SOUND_SPEED_SQUARED = 0.5;

    /** Weight of population q in the rest equilibrium (ρ = 1): a share 3c_e of the lattice weight on the moving links. */
    static double restWeight(int q) {
        return q == 0 ? 1 - 2 * SOUND_SPEED_SQUARED : 3 * SOUND_SPEED_SQUARED * D3Q19.W[q];
    }

    private final int[] layerStart;
    /**
     * Where an odd step reads population q of node i ({@code link[18*i + q - 1]}): the slot of the
     * opposite population of the upstream neighbour, or the node's own slot q behind a wall. By node,
     * so one node's 18 entries share a cache line or two.
     */
    private final int[] link;
    private final int n;
    private final int forcedEnd;
    private final double force;
    private final double omegaPlus;
    private final double omegaMinus;
    private final float[] f;
    private final int chunks;
    private final double[] partial;
    private long steps;

    /**
     * @param forcedEnd nodes {@code [0, forcedEnd)} feel the force (the sample), the others (a buffer) do not
     */
    SinglePhaseLbm(FluidNodes nodes, int forcedEnd, double forceLu, double tauPlus, double magic) {
        if (!nodes.inPlace()) {
            throw new IllegalArgumentException("the single-phase solver streams in place: build its nodes with FluidNodes.buildInPlace");
        }
        this.layerStart = nodes.layerStart();
        this.n = nodes.n();
        this.link = nodes.source();
        this.forcedEnd = forcedEnd;
        this.force = forceLu;
        this.omegaPlus = 1 / tauPlus;
        this.omegaMinus = 1 / (0.5 + magic / (tauPlus - 0.5));
        this.f = new float[D3Q19.Q * n];
        this.chunks = (n + CHUNK - 1) / CHUNK;
        this.partial = new double[3 * chunks];
    }

    int nodeCount() {
        return n;
    }

    /** One collide-and-stream step; returns Σ ρu over the forced nodes when {@code measure}, else null. */
    double[] step(boolean measure) {
        boolean odd = (steps & 1) == 1;
        if (chunks > 1) {
            IntStream.range(0, chunks).parallel().forEach(k -> chunk(k, odd, measure));
        } else if (chunks == 1) {
            chunk(0, odd, measure);
        }
        steps++;
        if (!measure) {
            return null;
        }
        double[] sum = new double[3];
        for (int k = 0; k < chunks; k++) {
            sum[0] += partial[3 * k];
            sum[1] += partial[3 * k + 1];
            sum[2] += partial[3 * k + 2];
        }
        return sum;
    }

    /** True after an even number of steps, when each node's slots hold its incoming populations. */
    boolean streamed() {
        return (steps & 1) == 0;
    }

    private void requireStreamed() {
        if (!streamed()) {
            throw new IllegalStateException("lattice Boltzmann state is read after an even number of steps only");
        }
    }

    private void chunk(int k, boolean odd, boolean measure) {
        final float[] f = this.f;
        final int[] s = link;
        final int n = this.n;
        final float wp = (float) omegaPlus;
        final float wm = (float) omegaMinus;
        final float fm = 1 - wm / 2;
        final float hp = wp / 2;
        final float hm = wm / 2;
        final float wr0 = (float) (omegaPlus * restWeight(0));
        final float wr1 = (float) (omegaPlus * restWeight(1));
        final float wr2 = (float) (omegaPlus * restWeight(4));   // q = 4: a diagonal link
        final float wm12 = wm / 12;
        final float fm12 = fm / 12;
        final float force = (float) this.force;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        int from = k * CHUNK;
        int to = Math.min(n, from + CHUNK);
        for (int i = from; i < to; i++) {
            // where population q is read; outgoing q goes where its opposite came from
            int l = 18 * i;
            int a1 = odd ? s[l] : n + i;
            int a2 = odd ? s[l + 1] : 2 * n + i;
            int a3 = odd ? s[l + 2] : 3 * n + i;
            int a4 = odd ? s[l + 3] : 4 * n + i;
            int a5 = odd ? s[l + 4] : 5 * n + i;
            int a6 = odd ? s[l + 5] : 6 * n + i;
            int a7 = odd ? s[l + 6] : 7 * n + i;
            int a8 = odd ? s[l + 7] : 8 * n + i;
            int a9 = odd ? s[l + 8] : 9 * n + i;
            int a10 = odd ? s[l + 9] : 10 * n + i;
            int a11 = odd ? s[l + 10] : 11 * n + i;
            int a12 = odd ? s[l + 11] : 12 * n + i;
            int a13 = odd ? s[l + 12] : 13 * n + i;
            int a14 = odd ? s[l + 13] : 14 * n + i;
            int a15 = odd ? s[l + 14] : 15 * n + i;
            int a16 = odd ? s[l + 15] : 16 * n + i;
            int a17 = odd ? s[l + 16] : 17 * n + i;
            int a18 = odd ? s[l + 17] : 18 * n + i;
            float h0 = f[i];
            float h1 = f[a1];
            float h2 = f[a2];
            float h3 = f[a3];
            float h4 = f[a4];
            float h5 = f[a5];
            float h6 = f[a6];
            float h7 = f[a7];
            float h8 = f[a8];
            float h9 = f[a9];
            float h10 = f[a10];
            float h11 = f[a11];
            float h12 = f[a12];
            float h13 = f[a13];
            float h14 = f[a14];
            float h15 = f[a15];
            float h16 = f[a16];
            float h17 = f[a17];
            float h18 = f[a18];
            // even (s) and odd (d) parts of each pair of opposite links: the moments are sums of them
            float s1 = h1 + h10;
            float s2 = h2 + h11;
            float s3 = h3 + h12;
            float s4 = h4 + h13;
            float s5 = h5 + h14;
            float s6 = h6 + h15;
            float s7 = h7 + h16;
            float s8 = h8 + h17;
            float s9 = h9 + h18;
            float d1 = h1 - h10;
            float d2 = h2 - h11;
            float d3 = h3 - h12;
            float d4 = h4 - h13;
            float d5 = h5 - h14;
            float d6 = h6 - h15;
            float d7 = h7 - h16;
            float d8 = h8 - h17;
            float d9 = h9 - h18;
            float drho = h0 + ((s1 + s2) + (s3 + s4)) + ((s5 + s6) + (s7 + s8)) + s9;
            float fz = i < forcedEnd ? force : 0;
            float jx = d1 + d4 + d5 + d6 + d7;
            float jy = d2 + d4 - d5 + d8 + d9;
            float jz = d3 + d6 - d7 + d8 - d9 + 0.5f * fz;
            if (measure && i < forcedEnd) {
                sx += jx;
                sy += jy;
                sz += jz;
            }
            // Stokes equilibrium (linear in the momentum J = j + F/2, ρ₀ = 1): creeping flow has no inertia to keep.
            // Even relaxation ω⁺(e⁺ − h⁺), e⁺ = r·δρ; odd ω⁻(e⁻ − h⁻) plus the force, e⁻ = 3w c·J: per pair of
            // weight w₂ = 1/36 the odd gain is c·(ω⁻J + (1 − ω⁻/2)F)/12, twice that for the axis pairs (w₁ = 2w₂)
            float p1 = wr1 * drho;
            float p2 = wr2 * drho;
            float gx = wm12 * jx;
            float gy = wm12 * jy;
            float gz = wm12 * jz + fm12 * fz;
            f[i] = h0 + wr0 * drho - wp * h0;
            pair(f, a1, a10, h1, h10, s1, d1, p1, gx + gx, hp, hm);
            pair(f, a2, a11, h2, h11, s2, d2, p1, gy + gy, hp, hm);
            pair(f, a3, a12, h3, h12, s3, d3, p1, gz + gz, hp, hm);
            pair(f, a4, a13, h4, h13, s4, d4, p2, gx + gy, hp, hm);
            pair(f, a5, a14, h5, h14, s5, d5, p2, gx - gy, hp, hm);
            pair(f, a6, a15, h6, h15, s6, d6, p2, gx + gz, hp, hm);
            pair(f, a7, a16, h7, h16, s7, d7, p2, gx - gz, hp, hm);
            pair(f, a8, a17, h8, h17, s8, d8, p2, gy + gz, hp, hm);
            pair(f, a9, a18, h9, h18, s9, d9, p2, gy - gz, hp, hm);
        }
        if (measure) {
            partial[3 * k] = sx;
            partial[3 * k + 1] = sy;
            partial[3 * k + 2] = sz;
        }
    }

    /**
     * TRT collision of link q and its opposite, from their sum s and difference d: the even part relaxes by
     * ω⁺/2·(2e⁺ − s) ({@code even} = ω⁺e⁺), the odd part by ω⁻/2·(2e⁻ − d) plus the force ({@code odd} = ω⁻e⁻ + the Guo
     * term, without the terms of second order in u, which belong to the inertia a Stokes solver drops). Single
     * precision throughout: the populations are floats already.
     */
    private static void pair(float[] f, int aq, int ao, float hq, float ho, float s, float d, float even, float odd,
                             float hp, float hm) {
        float dPlus = even - hp * s;
        float dMinus = odd - hm * d;
        // outgoing q where the opposite was read, and the other way round
        f[ao] = hq + dPlus + dMinus;
        f[aq] = ho + dPlus - dMinus;
    }

    /** Mean density deviation ρ − 1 over the nodes of frame layer c (each node's own slots hold its incoming populations). */
    double meanDensityDeviation(int c) {
        requireStreamed();
        int from = layerStart[c];
        int to = layerStart[c + 1];
        if (to == from) {
            return 0;
        }
        double s = 0;
        for (int q = 0; q < D3Q19.Q; q++) {
            int off = q * n;
            for (int i = from; i < to; i++) {
                s += f[off + i];
            }
        }
        return s / (to - from);
    }

    /**
     * Per frame layer c: the flux Σρu_c (physical momentum: the incoming populations' plus half the force,
     * as the next collision counts it) and the summed density deviation Σ(ρ − 1). Each layer is summed by
     * one thread in node order, so the sums do not depend on the thread count.
     */
    void layerSums(double[] flux, double[] density) {
        requireStreamed();
        int[] start = layerStart;
        IntStream.range(0, start.length - 1).parallel().forEach(c -> {
            double j = 0;
            double d = 0;
            for (int q = 0; q < D3Q19.Q; q++) {
                int cz = D3Q19.CZ[q];
                double s = 0;
                for (int i = start[c] + q * n, end = start[c + 1] + q * n; i < end; i++) {
                    s += f[i];
                }
                d += s;
                j += cz * s;
            }
            int forced = Math.max(0, Math.min(start[c + 1], forcedEnd) - start[c]);
            flux[c] = j + 0.5 * force * forced;
            density[c] = d;
        });
    }

    /**
     * Moves every node of layer c to a new state of the same pore-scale shape: its flow (all of the
     * populations but the rest equilibrium r·(ρ − 1)) scaled by {@code scale[c]}, and its density raised
     * by {@code shift[c]}. In creeping flow the populations are linear in the local driving, so this is
     * the state the layer would have under the scaled driving. Used by {@link LayerCorrection}.
     */
    void rescaleLayers(double[] scale, double[] shift) {
        requireStreamed();
        int[] start = layerStart;
        IntStream.range(0, start.length - 1).parallel().forEach(c -> {
            float s = (float) scale[c];
            float dr = (float) shift[c];
            for (int i = start[c]; i < start[c + 1]; i++) {
                float d = 0;
                for (int q = 0; q < D3Q19.Q; q++) {
                    d += f[q * n + i];
                }
                // incoming momentum is ρu − F/2: scale ρu only
                float half = i < forcedEnd ? (float) (0.5 * force) * (s - 1) : 0;
                for (int q = 0; q < D3Q19.Q; q++) {
                    float r = (float) restWeight(q);
                    float rest = r * d;
                    f[q * n + i] = rest + s * (f[q * n + i] - rest) + r * dr + (float) (3 * D3Q19.W[q]) * D3Q19.CZ[q] * half;
                }
            }
        });
    }

    /**
     * How far the axial velocity field moved since the last call: Σ|u_c − u_c,before| / Σ|u_c| over all nodes,
     * with {@code before} (one float per node) updated to the current field. A norm, so unlike the flux it
     * does not hide one region speeding up while another slows down. Summed by chunks in order: the same for
     * any number of threads.
     */
    double axialVelocityChange(float[] before) {
        requireStreamed();
        double[] parts = new double[2 * chunks];
        IntStream.range(0, chunks).parallel().forEach(k -> {
            double moved = 0;
            double size = 0;
            for (int i = k * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                float u = i < forcedEnd ? 0.5f * (float) force : 0;
                for (int q = 1; q < D3Q19.Q; q++) {
                    u += D3Q19.CZ[q] * f[q * n + i];
                }
                moved += Math.abs(u - before[i]);
                size += Math.abs(u);
                before[i] = u;
            }
            parts[2 * k] = moved;
            parts[2 * k + 1] = size;
        });
        double moved = 0;
        double size = 0;
        for (int k = 0; k < chunks; k++) {
            moved += parts[2 * k];
            size += parts[2 * k + 1];
        }
        return size == 0 ? 0 : moved / size;
    }

    /** Velocity of every node, {@code u[3*i + d]} in lattice units (d = a, b, c): the momentum J = j + F/2 the next collision uses (ρ₀ = 1). */
    double[] velocities() {
        requireStreamed();
        double[] u = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double jx = 0;
            double jy = 0;
            double jz = 0;
            for (int q = 1; q < D3Q19.Q; q++) {
                double h = f[q * n + i];
                jx += D3Q19.CX[q] * h;
                jy += D3Q19.CY[q] * h;
                jz += D3Q19.CZ[q] * h;
            }
            u[3 * i] = jx;
            u[3 * i + 1] = jy;
            u[3 * i + 2] = jz + (i < forcedEnd ? 0.5 * force : 0);
        }
        return u;
    }
}
