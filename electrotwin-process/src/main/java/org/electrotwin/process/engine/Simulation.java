package org.electrotwin.process.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.electrotwin.core.InputException;
import org.electrotwin.process.contact.Contact;
import org.electrotwin.process.contact.ContactLaw;

/**
 * Velocity-Verlet DEM / coarse-grained MD of spheres in a box periodic in x and y, with a wall
 * (current collector) at z = 0 and an optional moving top plate (film surface or calender roll).
 *
 * <p>Forces are computed without atomics and independently of the thread count: first every
 * pair of the {@link NeighborList} is evaluated once into its own slot (force, torque lever,
 * rolling torque, history), then every particle sums its pair slots in ascending pair order and
 * adds its wall, body and thermostat forces. Same input and seed → bitwise same trajectory for
 * any number of threads.
 *
 * <p>Thermostat: Langevin, F = −γ·m·v + √(2γ·m·k_BT/Δt)·ξ (Schneider &amp; Stoll 1978), with ξ a
 * counter-based normal deviate of (seed, step, particle, axis). With k_BT = 0 it is plain viscous
 * drag, the implicit solvent.
 */
public final class Simulation implements AutoCloseable {
    private final Particles p;
    private final double lx;
    private final double ly;
    private ContactLaw law;
    private final NeighborList list;
    private final ForkJoinPool pool;
    private final long seed;
    private double dt;
    private long step;
    private double timeS;

    private double gravityZ;
    private double dragRatePerS;
    private double kT;
    /** Solvent velocity along z per particle type (drag acts on the velocity relative to it). */
    private double[] solventVz = new double[0];
    private double plateZ = Double.POSITIVE_INFINITY;
    private double plateVz;
    private double plateForceN;
    private double bottomForceN;
    private double plateForceSum;
    private double bottomForceSum;
    private long plateForceSamples;
    private long bottomSamples;

    private double[] pf = new double[0]; // 9 doubles per pair: force on lo, n×Ft, rolling torque on lo
    private double[] plateF = new double[0];
    private double[] bottomF = new double[0];
    private double[] bottomHist = new double[0];
    private double[] plateHist = new double[0];
    private static final int S = ContactLaw.HISTORY_STRIDE;

    /**
     * @param timeStepS  integration step, s (see {@link TimeStep})
     * @param skinM      Verlet skin, m (typically 0.1–0.3 of the smallest radius)
     * @param threads    worker threads for the force loops (results do not depend on it)
     * @param seed       seed of the Langevin noise
     */
    public Simulation(Particles particles, double lxM, double lyM, ContactLaw law, double timeStepS, double skinM,
            int threads, long seed) {
        if (!(timeStepS > 0) || threads < 1) {
            throw new InputException("simulation: time step " + timeStepS + " s, threads " + threads
                    + ": expected a positive step and at least one thread");
        }
        if (law.typeCount() < 1) {
            throw new InputException("simulation: contact law without particle types");
        }
        for (int i = 0; i < particles.size(); i++) {
            if (particles.type[i] >= law.typeCount()) {
                throw new InputException("particle " + i + " has type " + particles.type[i] + " but the contact law knows "
                        + law.typeCount() + " types");
            }
        }
        this.p = particles;
        this.lx = lxM;
        this.ly = lyM;
        this.law = law;
        this.dt = timeStepS;
        this.list = new NeighborList(lxM, lyM, skinM);
        this.pool = new ForkJoinPool(threads);
        this.seed = seed;
        wrapAll();
    }

    // ---- controls -------------------------------------------------------------------------

    public void setGravity(double gzMPerS2) {
        this.gravityZ = gzMPerS2;
    }

    /** Viscous drag rate γ (1/s) of the implicit solvent and thermal energy k_BT (J) of the Langevin noise. */
    public void setLangevin(double dragRatePerS, double kTJ) {
        if (!(dragRatePerS >= 0) || !(kTJ >= 0)) {
            throw new InputException("Langevin: drag rate and kT must be >= 0");
        }
        this.dragRatePerS = dragRatePerS;
        this.kT = kTJ;
    }

    /** Places the top plate at {@code zM} moving with {@code vzMPerS} (negative: down); +∞ removes it. */
    /**
     * Solvent flowing along z at {@code uzMPerS} around particles of one type: their drag becomes
     * −γ·m·(v − u). During drying, the solvent that evaporates at the surface flows up through the
     * consolidated film at the pore velocity E/ε and carries the binder with it (Lombardo et al. 2020).
     */
    public void setSolventFlow(int type, double uzMPerS) {
        if (type >= solventVz.length) {
            solventVz = java.util.Arrays.copyOf(solventVz, type + 1);
        }
        solventVz[type] = uzMPerS;
    }

    public void setPlate(double zM, double vzMPerS) {
        this.plateZ = zM;
        this.plateVz = vzMPerS;
    }

    /**
     * Swaps the contact law (same particle types), e.g. from the wet law of a suspension to the dry
     * law with binder bridges once the solvent is gone. Contact histories are kept.
     */
    public void setLaw(ContactLaw newLaw) {
        if (newLaw.typeCount() != law.typeCount()) {
            throw new InputException("simulation: new contact law knows " + newLaw.typeCount() + " types, expected "
                    + law.typeCount());
        }
        this.law = newLaw;
        list.invalidate();
    }

    public void setTimeStep(double s) {
        this.dt = s;
    }

    /** Radii or masses changed (drying shrinkage): rebuild the neighbour list before the next force call. */
    public void particlesChanged() {
        list.invalidate();
    }

    // ---- integration ----------------------------------------------------------------------

    /** Advances {@code steps} velocity-Verlet steps. */
    public void run(int steps) {
        if (step == 0 && list.builds() == 0) {
            computeForces();
        }
        for (int s = 0; s < steps; s++) {
            step();
        }
    }

    private void step() {
        int n = p.size();
        double h = 0.5 * dt;
        for (int i = 0; i < n; i++) {
            double im = h / p.m[i];
            p.vx[i] += im * p.fx[i];
            p.vy[i] += im * p.fy[i];
            p.vz[i] += im * p.fz[i];
            double iI = h / p.inertia(i);
            p.wx[i] += iI * p.tx[i];
            p.wy[i] += iI * p.ty[i];
            p.wz[i] += iI * p.tz[i];
            p.x[i] = wrap(p.x[i] + dt * p.vx[i], lx);
            p.y[i] = wrap(p.y[i] + dt * p.vy[i], ly);
            p.z[i] += dt * p.vz[i];
        }
        if (Double.isFinite(plateZ)) {
            plateZ += dt * plateVz;
        }
        step++;
        timeS += dt;
        computeForces();
        for (int i = 0; i < n; i++) {
            double im = h / p.m[i];
            p.vx[i] += im * p.fx[i];
            p.vy[i] += im * p.fy[i];
            p.vz[i] += im * p.fz[i];
            double iI = h / p.inertia(i);
            p.wx[i] += iI * p.tx[i];
            p.wy[i] += iI * p.ty[i];
            p.wz[i] += iI * p.tz[i];
        }
    }

    private static double wrap(double v, double l) {
        if (v >= l) {
            v -= l;
        } else if (v < 0) {
            v += l;
        }
        return v >= l || v < 0 ? v - l * Math.floor(v / l) : v;
    }

    private void wrapAll() {
        for (int i = 0; i < p.size(); i++) {
            p.x[i] = wrap(p.x[i], lx);
            p.y[i] = wrap(p.y[i], ly);
        }
    }

    /** Evaluates all forces and torques at the current positions (rebuilding the list if needed). */
    public void computeForces() {
        int n = p.size();
        if (list.needsRebuild(p)) {
            list.build(p, law.rangeM(), pool);
        }
        int np = list.pairCount();
        if (pf.length < 9 * np) {
            pf = new double[9 * np + 9 * np / 4];
        }
        if (plateF.length < n) {
            plateF = new double[n];
            bottomF = new double[n];
            bottomHist = java.util.Arrays.copyOf(bottomHist, S * n);
            plateHist = java.util.Arrays.copyOf(plateHist, S * n);
        }
        int pairChunks = Math.max(1, Math.min(256, np / 256));
        int partChunks = Math.max(1, Math.min(256, n / 64));
        pool.submit(() -> IntStream.range(0, pairChunks).parallel().forEach(c ->
                pairForces((int) ((long) np * c / pairChunks), (int) ((long) np * (c + 1) / pairChunks)))).join();
        pool.submit(() -> IntStream.range(0, partChunks).parallel().forEach(c ->
                gather((int) ((long) n * c / partChunks), (int) ((long) n * (c + 1) / partChunks)))).join();
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < n; i++) {
            top += plateF[i];
            bottom += bottomF[i];
        }
        plateForceN = top;
        bottomForceN = bottom;
        plateForceSum += top;
        bottomForceSum += bottom;
        plateForceSamples++;
        bottomSamples++;
    }

    private void pairForces(int from, int to) {
        int[] lo = list.loArray();
        int[] hi = list.hiArray();
        double[] hist = list.history();
        double range = law.rangeM();
        Contact c = new Contact();
        for (int q = from; q < to; q++) {
            int i = lo[q];
            int j = hi[q];
            double dx = NeighborList.minImage(p.x[j] - p.x[i], lx);
            double dy = NeighborList.minImage(p.y[j] - p.y[i], ly);
            double dz = p.z[j] - p.z[i];
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double ri = p.r[i];
            double rj = p.r[j];
            double delta = ri + rj - d;
            int o = 9 * q;
            if (delta <= -range || d == 0) {
                for (int k = 0; k < 9; k++) {
                    pf[o + k] = 0;
                }
                for (int k = 0; k < S; k++) {
                    hist[S * q + k] = 0;
                }
                continue;
            }
            double inv = 1 / d;
            double nx = dx * inv, ny = dy * inv, nz = dz * inv;
            c.nx = nx;
            c.ny = ny;
            c.nz = nz;
            c.delta = delta;
            c.rStar = ri * rj / (ri + rj);
            c.mStar = p.m[i] * p.m[j] / (p.m[i] + p.m[j]);
            c.ti = p.type[i];
            c.tj = p.type[j];
            // contact-point velocity of j relative to i: (v_j − v_i) − (r_i ω_i + r_j ω_j) × n
            double ox = ri * p.wx[i] + rj * p.wx[j];
            double oy = ri * p.wy[i] + rj * p.wy[j];
            double oz = ri * p.wz[i] + rj * p.wz[j];
            c.vx = p.vx[j] - p.vx[i] - (oy * nz - oz * ny);
            c.vy = p.vy[j] - p.vy[i] - (oz * nx - ox * nz);
            c.vz = p.vz[j] - p.vz[i] - (ox * ny - oy * nx);
            c.wx = p.wx[i] - p.wx[j];
            c.wy = p.wy[i] - p.wy[j];
            c.wz = p.wz[i] - p.wz[j];
            law.evaluate(c, hist, S * q, dt);
            pf[o] = c.fx;
            pf[o + 1] = c.fy;
            pf[o + 2] = c.fz;
            pf[o + 3] = c.tx;
            pf[o + 4] = c.ty;
            pf[o + 5] = c.tz;
            pf[o + 6] = c.mx;
            pf[o + 7] = c.my;
            pf[o + 8] = c.mz;
        }
    }

    private void gather(int from, int to) {
        int[] start = list.gatherStart();
        int[] entries = list.gatherEntries();
        Contact c = new Contact();
        double range = law.rangeM();
        int wall = law.wallType();
        double noiseScale = kT > 0 && dragRatePerS > 0 ? Math.sqrt(2 * dragRatePerS * kT / dt) : 0;
        for (int i = from; i < to; i++) {
            double ri = p.r[i];
            double fx = 0, fy = 0, fz = 0, tx = 0, ty = 0, tz = 0;
            for (int e = start[i]; e < start[i + 1]; e++) {
                int q = entries[e];
                if (q >= 0) {
                    int o = 9 * q;
                    fx += pf[o];
                    fy += pf[o + 1];
                    fz += pf[o + 2];
                    tx += ri * pf[o + 3] + pf[o + 6];
                    ty += ri * pf[o + 4] + pf[o + 7];
                    tz += ri * pf[o + 5] + pf[o + 8];
                } else {
                    int o = 9 * ~q;
                    fx -= pf[o];
                    fy -= pf[o + 1];
                    fz -= pf[o + 2];
                    tx += ri * pf[o + 3] - pf[o + 6];
                    ty += ri * pf[o + 4] - pf[o + 7];
                    tz += ri * pf[o + 5] - pf[o + 8];
                }
            }
            // current collector at z = 0 (normal from the sphere to the wall: −z)
            double db = ri - p.z[i];
            bottomF[i] = 0;
            if (db > -range) {
                wallContact(c, i, db, -1, 0, bottomHist, wall);
                fx += c.fx;
                fy += c.fy;
                fz += c.fz;
                tx += ri * c.tx + c.mx;
                ty += ri * c.ty + c.my;
                tz += ri * c.tz + c.mz;
                bottomF[i] = c.fz;
            } else {
                clear(bottomHist, i);
            }
            plateF[i] = 0;
            double dp = p.z[i] + ri - plateZ;
            if (dp > -range) {
                wallContact(c, i, dp, 1, plateVz, plateHist, wall);
                fx += c.fx;
                fy += c.fy;
                fz += c.fz;
                tx += ri * c.tx + c.mx;
                ty += ri * c.ty + c.my;
                tz += ri * c.tz + c.mz;
                plateF[i] = -c.fz;
            } else {
                clear(plateHist, i);
            }
            double mi = p.m[i];
            fz += mi * gravityZ;
            if (dragRatePerS > 0) {
                double g = dragRatePerS * mi;
                fx -= g * p.vx[i];
                fy -= g * p.vy[i];
                int t = p.type[i];
                fz -= g * (p.vz[i] - (t < solventVz.length ? solventVz[t] : 0));
                if (noiseScale > 0) {
                    double a = noiseScale * Math.sqrt(mi);
                    long k = 3L * i;
                    fx += a * SplitMix64.gaussian(seed, step, k);
                    fy += a * SplitMix64.gaussian(seed, step, k + 1);
                    fz += a * SplitMix64.gaussian(seed, step, k + 2);
                }
            }
            p.fx[i] = fx;
            p.fy[i] = fy;
            p.fz[i] = fz;
            p.tx[i] = tx;
            p.ty[i] = ty;
            p.tz[i] = tz;
        }
    }

    private static void clear(double[] hist, int i) {
        for (int k = 0; k < S; k++) {
            hist[S * i + k] = 0;
        }
    }

    /** A flat wall as a sphere of infinite radius and mass: R* = r_i, m* = m_i. */
    private void wallContact(Contact c, int i, double delta, double nz, double wallVz, double[] hist, int wall) {
        double ri = p.r[i];
        c.nx = 0;
        c.ny = 0;
        c.nz = nz;
        c.delta = delta;
        c.rStar = ri;
        c.mStar = p.m[i];
        c.ti = p.type[i];
        c.tj = wall;
        // wall point velocity minus sphere contact-point velocity v_i + ω_i × (r_i n)
        c.vx = -p.vx[i] - ri * (p.wy[i] * nz);
        c.vy = -p.vy[i] + ri * (p.wx[i] * nz);
        c.vz = wallVz - p.vz[i];
        c.wx = p.wx[i];
        c.wy = p.wy[i];
        c.wz = p.wz[i];
        law.evaluate(c, hist, S * i, dt);
    }

    // ---- observables ----------------------------------------------------------------------

    /** Translational + rotational kinetic energy, J. */
    public double kineticEnergy() {
        double e = 0;
        for (int i = 0; i < p.size(); i++) {
            e += 0.5 * p.m[i] * (p.vx[i] * p.vx[i] + p.vy[i] * p.vy[i] + p.vz[i] * p.vz[i])
                    + 0.5 * p.inertia(i) * (p.wx[i] * p.wx[i] + p.wy[i] * p.wy[i] + p.wz[i] * p.wz[i]);
        }
        return e;
    }

    /** Conservative potential energy of all contacts and wall contacts (gravity excluded), J. */
    public double potentialEnergy() {
        if (list.needsRebuild(p)) {
            list.build(p, law.rangeM(), pool);
        }
        double e = 0;
        int wall = law.wallType();
        for (int q = 0; q < list.pairCount(); q++) {
            int i = list.lo(q);
            int j = list.hi(q);
            double dx = NeighborList.minImage(p.x[j] - p.x[i], lx);
            double dy = NeighborList.minImage(p.y[j] - p.y[i], ly);
            double dz = p.z[j] - p.z[i];
            double delta = p.r[i] + p.r[j] - Math.sqrt(dx * dx + dy * dy + dz * dz);
            e += law.energy(delta, p.r[i] * p.r[j] / (p.r[i] + p.r[j]), p.type[i], p.type[j]);
        }
        for (int i = 0; i < p.size(); i++) {
            e += law.energy(p.r[i] - p.z[i], p.r[i], p.type[i], wall);
            if (Double.isFinite(plateZ)) {
                e += law.energy(p.z[i] + p.r[i] - plateZ, p.r[i], p.type[i], wall);
            }
        }
        return e;
    }

    /** Force the particles exert on the top plate (upwards), N. */
    public double plateForceN() {
        return plateForceN;
    }

    /** Plate pressure averaged over the force evaluations since the last call (instantaneous if none), Pa. */
    public double meanPlatePressurePa() {
        double mean = plateForceSamples > 0 ? plateForceSum / plateForceSamples : plateForceN;
        plateForceSum = 0;
        plateForceSamples = 0;
        return mean / (lx * ly);
    }

    /**
     * Pressure on the current collector averaged over the force evaluations since the last call to
     * this method (instantaneous if none), Pa.
     */
    public double meanBottomPressurePa() {
        double mean = bottomSamples > 0 ? bottomForceSum / bottomSamples : bottomForceN;
        bottomForceSum = 0;
        bottomSamples = 0;
        return mean / (lx * ly);
    }

    /** Force the particles exert on the current collector (downwards), N. */
    public double bottomForceN() {
        return -bottomForceN;
    }

    /** Plate force per in-plane area, Pa. */
    public double platePressurePa() {
        return plateForceN / (lx * ly);
    }

    public double plateZ() {
        return plateZ;
    }

    public double timeS() {
        return timeS;
    }

    public long stepCount() {
        return step;
    }

    public double timeStepS() {
        return dt;
    }

    public Particles particles() {
        return p;
    }

    public NeighborList neighborList() {
        return list;
    }

    public ContactLaw law() {
        return law;
    }

    public double lxM() {
        return lx;
    }

    public double lyM() {
        return ly;
    }

    /** Largest overlap relative to the smaller radius, among listed pairs (a time-step / stiffness check). */
    public double maxRelativeOverlap() {
        double worst = 0;
        for (int q = 0; q < list.pairCount(); q++) {
            int i = list.lo(q);
            int j = list.hi(q);
            double dx = NeighborList.minImage(p.x[j] - p.x[i], lx);
            double dy = NeighborList.minImage(p.y[j] - p.y[i], ly);
            double dz = p.z[j] - p.z[i];
            double delta = p.r[i] + p.r[j] - Math.sqrt(dx * dx + dy * dy + dz * dz);
            worst = Math.max(worst, delta / Math.min(p.r[i], p.r[j]));
        }
        return worst;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
