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
 * Populations are stored in single precision as deviations from the rest equilibrium (f − w), which
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

    private final FluidNodes nodes;
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
        this.nodes = nodes;
        this.n = nodes.n();
        this.link = byNode(nodes);
        this.forcedEnd = forcedEnd;
        this.force = forceLu;
        this.omegaPlus = 1 / tauPlus;
        this.omegaMinus = 1 / (0.5 + magic / (tauPlus - 0.5));
        this.f = new float[D3Q19.Q * n];
        this.chunks = (n + CHUNK - 1) / CHUNK;
        this.partial = new double[3 * chunks];
    }

    /** The pull table's slot {@code q*n + j} (population q of node j) becomes the slot of its opposite. */
    private static int[] byNode(FluidNodes nodes) {
        int n = nodes.n();
        int m = D3Q19.Q - 1;
        int[] s = nodes.source();
        int[] link = new int[m * n];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(k -> {
            for (int i = k * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                for (int q = 0; q < m; q++) {
                    int slot = s[q * n + i];
                    link[m * i + q] = D3Q19.opposite(slot / n) * n + slot % n;
                }
            }
        });
        return link;
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
        final float w0 = 1f / 3;
        final float w1 = 1f / 18;
        final float w2 = 1f / 36;
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
            float drho = h0 + h1 + h2 + h3 + h4 + h5 + h6 + h7 + h8 + h9
                    + h10 + h11 + h12 + h13 + h14 + h15 + h16 + h17 + h18;
            float fz = i < forcedEnd ? force : 0;
            float jx = (h1 - h10) + (h4 - h13) + (h5 - h14) + (h6 - h15) + (h7 - h16);
            float jy = (h2 - h11) + (h4 - h13) - (h5 - h14) + (h8 - h17) + (h9 - h18);
            float jz = (h3 - h12) + (h6 - h15) - (h7 - h16) + (h8 - h17) - (h9 - h18) + 0.5f * fz;
            if (measure && i < forcedEnd) {
                sx += jx;
                sy += jy;
                sz += jz;
            }
            // Stokes equilibrium (linear in the momentum J = j + F/2, ρ₀ = 1): creeping flow has no inertia to keep
            float e1 = w1 * drho;
            float e2 = w2 * drho;
            f[i] = h0 - wp * (h0 - w0 * drho);
            pair(f, a1, a10, h1, h10, e1, w1, jx, 0, wp, wm, fm);
            pair(f, a2, a11, h2, h11, e1, w1, jy, 0, wp, wm, fm);
            pair(f, a3, a12, h3, h12, e1, w1, jz, fz, wp, wm, fm);
            pair(f, a4, a13, h4, h13, e2, w2, jx + jy, 0, wp, wm, fm);
            pair(f, a5, a14, h5, h14, e2, w2, jx - jy, 0, wp, wm, fm);
            pair(f, a6, a15, h6, h15, e2, w2, jx + jz, fz, wp, wm, fm);
            pair(f, a7, a16, h7, h16, e2, w2, jx - jz, -fz, wp, wm, fm);
            pair(f, a8, a17, h8, h17, e2, w2, jy + jz, fz, wp, wm, fm);
            pair(f, a9, a18, h9, h18, e2, w2, jy - jz, -fz, wp, wm, fm);
        }
        if (measure) {
            partial[3 * k] = sx;
            partial[3 * k + 1] = sy;
            partial[3 * k + 2] = sz;
        }
    }

    /**
     * TRT collision of link q and its opposite, c·J = cJ, c·F = cF. Stokes equilibria (shifted by w): even
     * w δρ ({@code eqPlus}), odd 3w c·J; the force enters the odd part only, 3w c·F (1 − ω⁻/2) (Guo, Zheng & Shi
     * 2002 without the terms of second order in u, which belong to the inertia a Stokes solver drops). Single
     * precision throughout: the populations are floats already.
     */
    private static void pair(float[] f, int aq, int ao, float hq, float ho, float eqPlus, float w, float cJ, float cF,
                             float wp, float wm, float fm) {
        float eqMinus = 3 * w * cJ;
        float hPlus = 0.5f * (hq + ho);
        float hMinus = 0.5f * (hq - ho);
        float dPlus = -wp * (hPlus - eqPlus);
        float dMinus = -wm * (hMinus - eqMinus) + fm * 3 * w * cF;
        // outgoing q where the opposite was read, and the other way round
        f[ao] = hq + dPlus + dMinus;
        f[aq] = ho + dPlus - dMinus;
    }

    /** Mean density deviation ρ − 1 over the nodes of frame layer c (each node's own slots hold its incoming populations). */
    double meanDensityDeviation(int c) {
        requireStreamed();
        int from = nodes.layerStart()[c];
        int to = nodes.layerStart()[c + 1];
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
        int[] start = nodes.layerStart();
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
     * populations but the rest equilibrium w·(ρ − 1)) scaled by {@code scale[c]}, and its density raised
     * by {@code shift[c]}. In creeping flow the populations are linear in the local driving, so this is
     * the state the layer would have under the scaled driving. Used by {@link LayerCorrection}.
     */
    void rescaleLayers(double[] scale, double[] shift) {
        requireStreamed();
        int[] start = nodes.layerStart();
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
                    float w = (float) D3Q19.W[q];
                    float rest = w * d;
                    f[q * n + i] = rest + s * (f[q * n + i] - rest) + w * dr + 3 * w * D3Q19.CZ[q] * half;
                }
            }
        });
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
