package org.electrotwin.transport.lbm;

import java.util.stream.IntStream;

/**
 * Two-component Shan–Chen lattice Boltzmann model (Shan & Doolen 1995, J. Stat. Phys. 81:379) on a
 * {@link FluidNodes} list: component 1 is the liquid (electrolyte), component 2 the gas. Each
 * relaxes with BGK at its own τ_σ (ν_σ = (τ_σ − ½)/3) towards the equilibrium at the Shan–Chen
 * shifted velocity u_σ = u' + τ_σ F_σ/ρ_σ, u' = Σ_σ (j_σ/τ_σ) / Σ_σ (ρ_σ/τ_σ); at τ = 1 (the default,
 * both ν = 1/6) the post-collision state is that equilibrium.
 *
 * <p>Forces (ψ_σ = ρ_σ): cohesion F_σ = −G ρ_σ Σ_q w_q ρ_σ̄(x + c_q) c_q, which makes the two
 * components separate for G ≳ 1 and gives the interface its surface tension; adhesion to solid
 * F_σ = −G_ads,σ ρ_σ Σ_q w_q s(x + c_q) c_q with G_ads,2 = −G_ads,1 chosen per solid class, which
 * sets the contact angle (Martys & Chen 1996, Phys. Rev. E 53:743). In the cohesion sum a solid
 * neighbour counts with the node's own densities, which makes a wall without adhesion neutral. Huang et al. 2007 (Phys.
 * Rev. E 76:066701) give cos θ ≈ (G_ads,2 − G_ads,1)/(G (ρ₁ − ρ_d)/2); {@link #adhesionFor} uses it as it is,
 * which holds on a flat wall and in a slit alike. Walls bounce back halfway, as in the single-phase solver.
 *
 * <p>A step: (A) pull-stream both components and take their densities, (B) forces from the
 * neighbours' densities, collision, and pressure nodes reset to their equilibrium (at their pressure, moving
 * with the inner node). Populations and the streaming table are stored by node ({@code f[19 i + q]}), so a node's data
 * share cache lines. Chunked over the node list, so results do not depend on the thread count.
 */
final class ShanChenLbm {
    static final int CHUNK = 4096;
    /** Cohesion G: the components separate sharply (dissolved density ~0.01), interfaces ~4 nodes wide. */
    static final double DEFAULT_G = 3.0;
    /** Initial density of a component where it is the majority, and where it is dissolved. */
    static final double MAJOR = 1.0;
    static final double DISSOLVED = 0.03;
    /**
     * Dissolved density of each component in the other's bulk at coexistence (flat layers, G = 3: 0.00341, {@code
     * ShanChenTest}); the initial {@link #DISSOLVED} is ~9× supersaturated and relaxes towards it.
     */
    static final double COEXISTENCE_DISSOLVED = 0.0034;
    /** Surface tension at G = 3, τ = 1, lattice units, from the Young–Laplace test (cylinders of radius 8–16). */
    static final double SURFACE_TENSION_LU = 0.184;

    /**
     * Surface tension with the liquid at τ₁ (gas at 1), from the Young–Laplace test: 0.184 at τ₁ = 1, 0.201 at τ₁ = 2
     * (the interface widens a little with the liquid's relaxation time), linear between.
     */
    static double surfaceTensionLu(double tau1) {
        return SURFACE_TENSION_LU + (tau1 - 1) * (0.201 - SURFACE_TENSION_LU);
    }

    final FluidNodes nodes;
    final int n;
    private final double g;
    /** Relaxation times of the liquid and the gas: ν_σ = (τ_σ − ½)/3. */
    final double tau1;
    final double tau2;
    /** ≥ 0: node upstream of link q (x − c_q); < 0: a wall, of class −1 − value. */
    private final int[] upstream;
    private final double[] adhesion1;
    float[] f1;
    float[] f2;
    private final float[] t1;
    private final float[] t2;
    final float[] rho1;
    final float[] rho2;
    private int[] fixedNode = new int[0];
    private float[] fixedRho1 = new float[0];
    private float[] fixedRho2 = new float[0];
    private int[] pressureNode = new int[0];
    private int[] pressureInner = new int[0];
    private double[] pressureLu = new double[0];
    private boolean[] pressureLiquid = new boolean[0];
    private final int chunks;

    /**
     * @param wallClass  per frame cell, the wall class of solid cells (1..); class 0 is a closed side of the box
     * @param adhesion1  G_ads of the liquid per wall class (the gas gets the opposite)
     */
    ShanChenLbm(FluidNodes nodes, byte[] wallClass, double g, double[] adhesion1) {
        this(nodes, wallClass, g, adhesion1, 1, 1);
    }

    /** @param tau1, tau2  relaxation times of the liquid and the gas (1, 1: both ν = 1/6) */
    ShanChenLbm(FluidNodes nodes, byte[] wallClass, double g, double[] adhesion1, double tau1, double tau2) {
        if (nodes.inPlace()) {
            throw new IllegalArgumentException("the Shan-Chen solver pulls: build its nodes with FluidNodes.build");
        }
        this.nodes = nodes;
        this.n = nodes.n();
        this.g = g;
        this.tau1 = tau1;
        this.tau2 = tau2;
        this.adhesion1 = adhesion1.clone();
        this.upstream = new int[(D3Q19.Q - 1) * n];
        int na = nodes.na();
        int nb = nodes.nb();
        int nc = nodes.nc();
        int[] src = nodes.source();
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(k -> {
            for (int i = k * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                int p = nodes.cells()[i];
                int a = p % na;
                int b = (p / na) % nb;
                int c = p / (na * nb);
                for (int q = 1; q < D3Q19.Q; q++) {
                    int s = src[(q - 1) * n + i];
                    if (s / n == q) {
                        upstream[(D3Q19.Q - 1) * i + q - 1] = s - q * n;
                    } else {
                        int ua = shift(a - D3Q19.CX[q], na, nodes.periodicSides());
                        int ub = shift(b - D3Q19.CY[q], nb, nodes.periodicSides());
                        int uc = shift(c - D3Q19.CZ[q], nc, nodes.periodicFlow());
                        int cls = ua < 0 || ub < 0 || uc < 0 ? 0 : wallClass[ua + na * (ub + nb * uc)];
                        upstream[(D3Q19.Q - 1) * i + q - 1] = -1 - cls;
                    }
                }
            }
        });
        this.f1 = new float[D3Q19.Q * n];
        this.f2 = new float[D3Q19.Q * n];
        this.t1 = new float[D3Q19.Q * n];
        this.t2 = new float[D3Q19.Q * n];
        this.rho1 = new float[n];
        this.rho2 = new float[n];
        this.chunks = (n + CHUNK - 1) / CHUNK;
    }

    private static int shift(int v, int size, boolean periodic) {
        return v >= 0 && v < size ? v : periodic ? Math.floorMod(v, size) : -1;
    }

    /**
     * G_ads of the liquid giving contact angle θ: Huang et al. 2007's cos θ = −4 G_ads,1/(G (ρ₁ − ρ_d)), uncalibrated.
     * One mapping for every geometry: a meniscus in a slit takes the asked angle within 3.4° by its shape from 30° to
     * 150° (its Laplace pressure reads cos θ 6 % larger), a sessile drop on a flat wall within 3.3° from 60° to 120°
     * ({@code SlitMeniscusTest}, {@code ShanChenTest}; README for the table).
     */
    static double adhesionFor(double thetaDeg, double g, double rhoMajor, double rhoDissolved) {
        return -Math.cos(Math.toRadians(thetaDeg)) * g * (rhoMajor - rhoDissolved) / 4;
    }

    /** Puts node i at rest with the given densities. */
    void set(int i, double r1, double r2) {
        set(i, r1, r2, 0);
    }

    /** Puts node i at equilibrium with the given densities and velocity uz along the frame's c axis. */
    private void set(int i, double r1, double r2, double uz) {
        double usq = 1.5 * uz * uz;
        for (int q = 0; q < D3Q19.Q; q++) {
            double cu = D3Q19.CZ[q] * uz;
            double e = D3Q19.W[q] * (1 + 3 * cu + 4.5 * cu * cu - usq);
            f1[D3Q19.Q * i + q] = (float) (e * r1);
            f2[D3Q19.Q * i + q] = (float) (e * r2);
        }
        rho1[i] = (float) r1;
        rho2[i] = (float) r2;
    }

    /** Nodes held at rest with fixed densities every step (pressure reservoirs). */
    void fix(int[] node, float[] r1, float[] r2) {
        fixedNode = node.clone();
        fixedRho1 = r1.clone();
        fixedRho2 = r2.clone();
    }

    /**
     * Pressure reservoir nodes, set each step to the equilibrium at pressure p moving with the velocity (along the
     * frame's c axis, normal to the reservoir face) of the node {@code inner} one layer inward: a node held at rest
     * passes a mass flux J only across a density step of 9J, i.e. it adds Δp = 3J at each end (README, known limit
     * before this), which made a lone slit fill 2× slower. The major component is the liquid where {@code liquid},
     * else the gas; it takes the density giving p by the bulk equation of state. The minor (dissolved) component
     * copies its density from the inner node, capped at the coexistence value {@link #COEXISTENCE_DISSOLVED}: a
     * zero gradient, so the reservoir does not feed the dissolved component, while the cap makes it a sink for the
     * other fluid arriving in bulk (the gas outlet drains the liquid once it breaks through). A cap above coexistence
     * (it was {@link #DISSOLVED}, 9× above) lets the reservoir feed liquid into the adsorbed layer of a wetting wall
     * next to it, which grows into a bridge that seals the gas outlet (seen in a slit at 45°).
     */
    void fixPressure(int[] node, int[] inner, double[] p, boolean[] liquid) {
        pressureNode = node.clone();
        pressureInner = inner.clone();
        pressureLu = p.clone();
        pressureLiquid = liquid.clone();
    }

    void step() {
        IntStream.range(0, chunks).parallel().forEach(this::stream);
        IntStream.range(0, chunks).parallel().forEach(this::collide);
        for (int k = 0; k < fixedNode.length; k++) {
            set(fixedNode[k], fixedRho1[k], fixedRho2[k]);
        }
        for (int k = 0; k < pressureNode.length; k++) {
            int j = pressureInner[k];
            boolean liquid = pressureLiquid[k];
            double minor = Math.min(liquid ? rho2[j] : rho1[j], COEXISTENCE_DISSOLVED);
            double major = majorFor(pressureLu[k], minor);
            double jz = 0;   // the inner node's momentum along c, from its post-collision populations
            double rho = 0;
            for (int q = 0; q < D3Q19.Q; q++) {
                double f = f1[D3Q19.Q * j + q] + f2[D3Q19.Q * j + q];
                jz += D3Q19.CZ[q] * f;
                rho += f;
            }
            set(pressureNode[k], liquid ? major : minor, liquid ? minor : major, jz / rho);
        }
    }

    /** Density of the major component giving pressure p = c_s²(ρ + ρ_minor + G ρ ρ_minor). */
    double majorFor(double p, double minor) {
        return (p / D3Q19.CS2 - minor) / (1 + g * minor);
    }

    private void stream(int k) {
        for (int i = k * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
            int base = D3Q19.Q * i;
            double r1 = f1[base];
            double r2 = f2[base];
            t1[base] = f1[base];
            t2[base] = f2[base];
            for (int q = 1; q < D3Q19.Q; q++) {
                int u = upstream[(D3Q19.Q - 1) * i + q - 1];
                int s = u >= 0 ? D3Q19.Q * u + q : base + D3Q19.opposite(q);
                float a = f1[s];
                float b = f2[s];
                t1[base + q] = a;
                t2[base + q] = b;
                r1 += a;
                r2 += b;
            }
            rho1[i] = (float) Math.max(r1, 1e-9);
            rho2[i] = (float) Math.max(r2, 1e-9);
        }
    }

    private void collide(int k) {
        for (int i = k * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
            double r1 = rho1[i];
            double r2 = rho2[i];
            double s1x = 0, s1y = 0, s1z = 0;   // Σ w c ρ1(x − c)
            double s2x = 0, s2y = 0, s2z = 0;   // Σ w c ρ2(x − c)
            double wx = 0, wy = 0, wz = 0;      // Σ over walls of w c G_ads,1
            double j1x = 0, j1y = 0, j1z = 0;
            double j2x = 0, j2y = 0, j2z = 0;
            for (int q = 1; q < D3Q19.Q; q++) {
                int u = upstream[(D3Q19.Q - 1) * i + q - 1];
                double w = D3Q19.W[q];
                int cx = D3Q19.CX[q];
                int cy = D3Q19.CY[q];
                int cz = D3Q19.CZ[q];
                if (u >= 0) {
                    double a = w * rho1[u];
                    double b = w * rho2[u];
                    s1x += a * cx;
                    s1y += a * cy;
                    s1z += a * cz;
                    s2x += b * cx;
                    s2y += b * cy;
                    s2z += b * cz;
                } else {
                    // the solid holds a virtual copy of this node's densities, so a wall without
                    // adhesion pulls neither component (neutral, 90°); adhesion then sets the angle
                    double a = w * r1;
                    double b = w * r2;
                    s1x += a * cx;
                    s1y += a * cy;
                    s1z += a * cz;
                    s2x += b * cx;
                    s2y += b * cy;
                    s2z += b * cz;
                    double ga = w * adhesion1[-1 - u];
                    wx += ga * cx;
                    wy += ga * cy;
                    wz += ga * cz;
                }
                double a = t1[D3Q19.Q * i + q];
                double b = t2[D3Q19.Q * i + q];
                j1x += a * cx;
                j1y += a * cy;
                j1z += a * cz;
                j2x += b * cx;
                j2y += b * cy;
                j2z += b * cz;
            }
            // F_σ = −G ρ_σ Σ w ρ_σ̄(x+c) c = +G ρ_σ Σ w ρ_σ̄(x−c) c; adhesion likewise with G_ads,2 = −G_ads,1
            double f1x = r1 * (g * s2x + wx);
            double f1y = r1 * (g * s2y + wy);
            double f1z = r1 * (g * s2z + wz);
            double f2x = r2 * (g * s1x - wx);
            double f2y = r2 * (g * s1y - wy);
            double f2z = r2 * (g * s1z - wz);
            // common velocity weighting each component's momentum by 1/τ_σ (Shan & Doolen 1995), so the
            // collision conserves the total momentum; the force enters by the exact difference method
            // (Kupershtokh et al. 2009): + f_eq(ρ_σ, u' + F_σ/ρ_σ) − f_eq(ρ_σ, u'), which keeps the
            // interface (densities, σ) independent of τ. At τ = 1 both: the equilibrium at u' + F_σ/ρ_σ.
            double rt = r1 + r2;
            double ux = (j1x + j2x) / rt;
            double uy = (j1y + j2y) / rt;
            double uz = (j1z + j2z) / rt;
            double tau = (r1 * tau1 + r2 * tau2) / rt;
            relax(f1, t1, i, 1 / tau, r1, ux, uy, uz, f1x / r1, f1y / r1, f1z / r1);
            relax(f2, t2, i, 1 / tau, r2, ux, uy, uz, f2x / r2, f2y / r2, f2z / r2);
        }
    }

    private static final double W0 = 1.0 / 3.0;
    private static final double W1 = 1.0 / 18.0;
    private static final double W2 = 1.0 / 36.0;

    /**
     * BGK f ← t + ω (f_eq(u) − t) + f_eq(u + du) − f_eq(u); at ω = 1 exactly f_eq(u + du). Written out per link
     * (c·v as sums of ±components, the same rounding as the products with c_q), which runs twice as fast as the loop.
     */
    private static void relax(float[] f, float[] t, int i, double omega, double rho, double ux, double uy, double uz,
                              double dux, double duy, double duz) {
        double vx = ux + dux;
        double vy = uy + duy;
        double vz = uz + duz;
        double vsq = 1.5 * (vx * vx + vy * vy + vz * vz);
        double usq = 1.5 * (ux * ux + uy * uy + uz * uz);
        int b = D3Q19.Q * i;
        put(f, t, b + 0, W0, rho, omega, 0, vsq, 0, usq);
        put(f, t, b + 1, W1, rho, omega, vx, vsq, ux, usq);
        put(f, t, b + 2, W1, rho, omega, vy, vsq, uy, usq);
        put(f, t, b + 3, W1, rho, omega, vz, vsq, uz, usq);
        put(f, t, b + 4, W2, rho, omega, vx + vy, vsq, ux + uy, usq);
        put(f, t, b + 5, W2, rho, omega, vx - vy, vsq, ux - uy, usq);
        put(f, t, b + 6, W2, rho, omega, vx + vz, vsq, ux + uz, usq);
        put(f, t, b + 7, W2, rho, omega, vx - vz, vsq, ux - uz, usq);
        put(f, t, b + 8, W2, rho, omega, vy + vz, vsq, uy + uz, usq);
        put(f, t, b + 9, W2, rho, omega, vy - vz, vsq, uy - uz, usq);
        put(f, t, b + 10, W1, rho, omega, -vx, vsq, -ux, usq);
        put(f, t, b + 11, W1, rho, omega, -vy, vsq, -uy, usq);
        put(f, t, b + 12, W1, rho, omega, -vz, vsq, -uz, usq);
        put(f, t, b + 13, W2, rho, omega, -vx - vy, vsq, -ux - uy, usq);
        put(f, t, b + 14, W2, rho, omega, -vx + vy, vsq, -ux + uy, usq);
        put(f, t, b + 15, W2, rho, omega, -vx - vz, vsq, -ux - uz, usq);
        put(f, t, b + 16, W2, rho, omega, -vx + vz, vsq, -ux + uz, usq);
        put(f, t, b + 17, W2, rho, omega, -vy - vz, vsq, -uy - uz, usq);
        put(f, t, b + 18, W2, rho, omega, -vy + vz, vsq, -uy + uz, usq);
    }

    private static void put(float[] f, float[] t, int k, double w, double rho, double omega, double cv, double vsq,
                            double cu, double usq) {
        double shifted = w * rho * (1 + 3 * cv + 4.5 * cv * cv - vsq);
        if (omega == 1) {
            f[k] = (float) shifted;
        } else {
            double eq = w * rho * (1 + 3 * cu + 4.5 * cu * cu - usq);
            double old = t[k];
            f[k] = (float) (old + omega * (eq - old) + shifted - eq);
        }
    }

    /** Pressure p = c_s²(ρ₁ + ρ₂) + c_s² G ρ₁ρ₂ of node i (bulk Shan–Chen equation of state). */
    double pressure(int i) {
        return D3Q19.CS2 * (rho1[i] + rho2[i] + g * rho1[i] * rho2[i]);
    }
}
