package org.electrotwin.transport.lbm;

import java.util.stream.IntStream;

/**
 * Single-phase D3Q19 lattice Boltzmann solver for slow flow driven by a body force along the
 * frame's c axis, on a {@link FluidNodes} pore list.
 *
 * <p>Collision: two-relaxation-time (TRT; Ginzburg, Verhaeghe & d'Humières 2008) on the
 * symmetric/antisymmetric parts of each pair of opposite populations, with τ⁻ set by the magic
 * parameter Λ = (τ⁺ − ½)(τ⁻ − ½). Forcing: Guo, Zheng & Shi 2002 (Phys. Rev. E 65:046308), split
 * into its even part (relaxed with τ⁺) and odd part (τ⁻); the velocity is u = (j + F/2)/ρ.
 * Streaming: fused with the collision, pull scheme, two arrays. Populations are stored in single
 * precision as deviations from the rest equilibrium (f − w), which keeps the small velocities of
 * creeping flow well above float round-off.
 *
 * <p>Threads work on fixed chunks of the node list and momentum sums are added chunk by chunk
 * in order, so results are bit-identical for any number of threads.
 */
final class SinglePhaseLbm {
    static final int CHUNK = 4096;

    private final FluidNodes nodes;
    /** The streaming table by node ({@code link[18*i + q - 1]}): one node's 18 sources share a cache line or two. */
    private final int[] link;
    private final int n;
    private final int forcedEnd;
    private final double force;
    private final double omegaPlus;
    private final double omegaMinus;
    private float[] f;
    private float[] g;
    private final int chunks;
    private final double[] partial;

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
        this.g = new float[D3Q19.Q * n];
        this.chunks = (n + CHUNK - 1) / CHUNK;
        this.partial = new double[3 * chunks];
    }

    private static int[] byNode(FluidNodes nodes) {
        int n = nodes.n();
        int m = D3Q19.Q - 1;
        int[] s = nodes.source();
        int[] link = new int[m * n];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(k -> {
            for (int i = k * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                for (int q = 0; q < m; q++) {
                    link[m * i + q] = s[q * n + i];
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
        if (chunks > 1) {
            IntStream.range(0, chunks).parallel().forEach(k -> chunk(k, measure));
        } else if (chunks == 1) {
            chunk(0, measure);
        }
        float[] t = f;
        f = g;
        g = t;
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

    private void chunk(int k, boolean measure) {
        final float[] src = f;
        final float[] dst = g;
        final int[] s = link;
        final int n = this.n;
        final float wp = (float) omegaPlus;
        final float wm = (float) omegaMinus;
        final float fp = 1 - wp / 2;
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
            int l = 18 * i;
            float h0 = src[i];
            float h1 = src[s[l]];
            float h2 = src[s[l + 1]];
            float h3 = src[s[l + 2]];
            float h4 = src[s[l + 3]];
            float h5 = src[s[l + 4]];
            float h6 = src[s[l + 5]];
            float h7 = src[s[l + 6]];
            float h8 = src[s[l + 7]];
            float h9 = src[s[l + 8]];
            float h10 = src[s[l + 9]];
            float h11 = src[s[l + 10]];
            float h12 = src[s[l + 11]];
            float h13 = src[s[l + 12]];
            float h14 = src[s[l + 13]];
            float h15 = src[s[l + 14]];
            float h16 = src[s[l + 15]];
            float h17 = src[s[l + 16]];
            float h18 = src[s[l + 17]];
            float drho = h0 + h1 + h2 + h3 + h4 + h5 + h6 + h7 + h8 + h9
                    + h10 + h11 + h12 + h13 + h14 + h15 + h16 + h17 + h18;
            float rho = 1 + drho;
            float fz = i < forcedEnd ? force : 0;
            float jx = (h1 - h10) + (h4 - h13) + (h5 - h14) + (h6 - h15) + (h7 - h16);
            float jy = (h2 - h11) + (h4 - h13) - (h5 - h14) + (h8 - h17) + (h9 - h18);
            float jz = (h3 - h12) + (h6 - h15) - (h7 - h16) + (h8 - h17) - (h9 - h18) + 0.5f * fz;
            if (measure && i < forcedEnd) {
                sx += jx;
                sy += jy;
                sz += jz;
            }
            float inv = 1 / rho;
            float ux = jx * inv;
            float uy = jy * inv;
            float uz = jz * inv;
            float base = drho - 1.5f * rho * (ux * ux + uy * uy + uz * uz);
            float uF = uz * fz;
            // rest population: even only
            dst[i] = h0 - wp * (h0 - w0 * base) - w0 * 3 * uF * fp;
            pair(dst, n, i, 1, h1, h10, w1, ux, 0, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 2, h2, h11, w1, uy, 0, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 3, h3, h12, w1, uz, fz, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 4, h4, h13, w2, ux + uy, 0, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 5, h5, h14, w2, ux - uy, 0, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 6, h6, h15, w2, ux + uz, fz, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 7, h7, h16, w2, ux - uz, -fz, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 8, h8, h17, w2, uy + uz, fz, rho, base, uF, wp, wm, fp, fm);
            pair(dst, n, i, 9, h9, h18, w2, uy - uz, -fz, rho, base, uF, wp, wm, fp, fm);
        }
        if (measure) {
            partial[3 * k] = sx;
            partial[3 * k + 1] = sy;
            partial[3 * k + 2] = sz;
        }
    }

    /**
     * TRT collision of link q and its opposite q+9, with Guo's forcing: c·u = cu, c·F = cF, u·F = uF.
     * Equilibria (shifted by w): even w(δρ + ρ(9/2 (c·u)² − 3/2 u²)), odd 3wρ c·u. Single precision
     * throughout: the populations are floats already, and float arithmetic keeps twice the values per register.
     */
    private static void pair(float[] dst, int n, int i, int q, float hq, float ho, float w, float cu, float cF,
                             float rho, float base, float uF, float wp, float wm, float fp, float fm) {
        float eqPlus = w * (base + 4.5f * rho * cu * cu);
        float eqMinus = w * 3 * rho * cu;
        float hPlus = 0.5f * (hq + ho);
        float hMinus = 0.5f * (hq - ho);
        float dPlus = -wp * (hPlus - eqPlus) + fp * w * (9 * cu * cF - 3 * uF);
        float dMinus = -wm * (hMinus - eqMinus) + fm * w * 3 * cF;
        dst[q * n + i] = hq + dPlus + dMinus;
        dst[(q + D3Q19.PAIRS) * n + i] = ho + dPlus - dMinus;
    }

    /** Mean density deviation ρ − 1 over the nodes of frame layer c (collision conserves mass, so post-collision sums do). */
    double meanDensityDeviation(int c) {
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
     * Per frame layer c: the flux Σρu_c (physical momentum, half force taken off as the next step would add
     * it) and the summed density deviation Σ(ρ − 1), from the populations about to stream. Each layer is
     * summed by one thread in node order, so the sums do not depend on the thread count.
     */
    void layerSums(double[] flux, double[] density) {
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
            flux[c] = j - 0.5 * force * forced;   // post-collision momentum is ρu + F/2
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
        int[] start = nodes.layerStart();
        IntStream.range(0, start.length - 1).parallel().forEach(c -> {
            float s = (float) scale[c];
            float dr = (float) shift[c];
            for (int i = start[c]; i < start[c + 1]; i++) {
                float d = 0;
                for (int q = 0; q < D3Q19.Q; q++) {
                    d += f[q * n + i];
                }
                // post-collision momentum is ρu + F/2: scale ρu only
                float half = i < forcedEnd ? (float) (0.5 * force) * (1 - s) : 0;
                for (int q = 0; q < D3Q19.Q; q++) {
                    float w = (float) D3Q19.W[q];
                    float rest = w * d;
                    f[q * n + i] = rest + s * (f[q * n + i] - rest) + w * dr + 3 * w * D3Q19.CZ[q] * half;
                }
            }
        });
    }

    /**
     * Macroscopic velocity of every node, {@code u[3*i + d]} in lattice units (d = a, b, c), from the
     * populations about to stream (computed as the next step would, including the half force).
     */
    double[] velocities() {
        double[] u = new double[3 * n];
        int[] s = nodes.source();
        for (int i = 0; i < n; i++) {
            double rho = 1 + f[i];
            double jx = 0;
            double jy = 0;
            double jz = 0;
            for (int q = 1; q < D3Q19.Q; q++) {
                double h = f[s[(q - 1) * n + i]];
                rho += h;
                jx += D3Q19.CX[q] * h;
                jy += D3Q19.CY[q] * h;
                jz += D3Q19.CZ[q] * h;
            }
            jz += i < forcedEnd ? 0.5 * force : 0;
            u[3 * i] = jx / rho;
            u[3 * i + 1] = jy / rho;
            u[3 * i + 2] = jz / rho;
        }
        return u;
    }
}
