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
        this.forcedEnd = forcedEnd;
        this.force = forceLu;
        this.omegaPlus = 1 / tauPlus;
        this.omegaMinus = 1 / (0.5 + magic / (tauPlus - 0.5));
        this.f = new float[D3Q19.Q * n];
        this.g = new float[D3Q19.Q * n];
        this.chunks = (n + CHUNK - 1) / CHUNK;
        this.partial = new double[3 * chunks];
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
        final int[] s = nodes.source();
        final int n = this.n;
        final double wp = omegaPlus;
        final double wm = omegaMinus;
        final double fp = 1 - wp / 2;
        final double fm = 1 - wm / 2;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        int from = k * CHUNK;
        int to = Math.min(n, from + CHUNK);
        for (int i = from; i < to; i++) {
            double h0 = src[i];
            double h1 = src[s[i]];
            double h2 = src[s[n + i]];
            double h3 = src[s[2 * n + i]];
            double h4 = src[s[3 * n + i]];
            double h5 = src[s[4 * n + i]];
            double h6 = src[s[5 * n + i]];
            double h7 = src[s[6 * n + i]];
            double h8 = src[s[7 * n + i]];
            double h9 = src[s[8 * n + i]];
            double h10 = src[s[9 * n + i]];
            double h11 = src[s[10 * n + i]];
            double h12 = src[s[11 * n + i]];
            double h13 = src[s[12 * n + i]];
            double h14 = src[s[13 * n + i]];
            double h15 = src[s[14 * n + i]];
            double h16 = src[s[15 * n + i]];
            double h17 = src[s[16 * n + i]];
            double h18 = src[s[17 * n + i]];
            double drho = h0 + h1 + h2 + h3 + h4 + h5 + h6 + h7 + h8 + h9
                    + h10 + h11 + h12 + h13 + h14 + h15 + h16 + h17 + h18;
            double rho = 1 + drho;
            double fz = i < forcedEnd ? force : 0;
            double jx = (h1 - h10) + (h4 - h13) + (h5 - h14) + (h6 - h15) + (h7 - h16);
            double jy = (h2 - h11) + (h4 - h13) - (h5 - h14) + (h8 - h17) + (h9 - h18);
            double jz = (h3 - h12) + (h6 - h15) - (h7 - h16) + (h8 - h17) - (h9 - h18) + 0.5 * fz;
            if (measure && i < forcedEnd) {
                sx += jx;
                sy += jy;
                sz += jz;
            }
            double ux = jx / rho;
            double uy = jy / rho;
            double uz = jz / rho;
            double base = drho - 1.5 * rho * (ux * ux + uy * uy + uz * uz);
            double uF = uz * fz;
            // rest population: even only
            dst[i] = (float) (h0 - wp * (h0 - D3Q19.W[0] * base) - D3Q19.W[0] * 3 * uF * fp);
            final double w1 = 1.0 / 18;
            final double w2 = 1.0 / 36;
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
     * Equilibria (shifted by w): even w(δρ + ρ(9/2 (c·u)² − 3/2 u²)), odd 3wρ c·u.
     */
    private static void pair(float[] dst, int n, int i, int q, double hq, double ho, double w, double cu, double cF,
                             double rho, double base, double uF, double wp, double wm, double fp, double fm) {
        double eqPlus = w * (base + 4.5 * rho * cu * cu);
        double eqMinus = w * 3 * rho * cu;
        double hPlus = 0.5 * (hq + ho);
        double hMinus = 0.5 * (hq - ho);
        double dPlus = -wp * (hPlus - eqPlus) + fp * w * (9 * cu * cF - 3 * uF);
        double dMinus = -wm * (hMinus - eqMinus) + fm * w * 3 * cF;
        dst[q * n + i] = (float) (hq + dPlus + dMinus);
        dst[(q + D3Q19.PAIRS) * n + i] = (float) (ho + dPlus - dMinus);
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
