package org.electrotwin.process.engine;

import java.util.Arrays;
import org.electrotwin.core.InputException;

/**
 * Spheres in structure-of-arrays form (one primitive array per quantity), so the force loops
 * stream through memory. Positions in m, velocities in m/s, angular velocities in rad/s,
 * forces in N, torques in N·m, radii in m, masses in kg. Types are {@link #AM}, {@link #CBD},
 * {@link #SE} (any small non-negative integer is accepted by the engine).
 */
public final class Particles {
    public static final int AM = 0;
    public static final int CBD = 1;
    public static final int SE = 2;
    /** Number of particle types the process stages use. */
    public static final int TYPE_COUNT = 3;

    private int n;
    public final double[] x, y, z, vx, vy, vz, wx, wy, wz, fx, fy, fz, tx, ty, tz, r, m;
    public final int[] type;

    public Particles(int capacity) {
        if (capacity < 0) {
            throw new InputException("particle capacity " + capacity + ": expected a non-negative count");
        }
        x = new double[capacity];
        y = new double[capacity];
        z = new double[capacity];
        vx = new double[capacity];
        vy = new double[capacity];
        vz = new double[capacity];
        wx = new double[capacity];
        wy = new double[capacity];
        wz = new double[capacity];
        fx = new double[capacity];
        fy = new double[capacity];
        fz = new double[capacity];
        tx = new double[capacity];
        ty = new double[capacity];
        tz = new double[capacity];
        r = new double[capacity];
        m = new double[capacity];
        type = new int[capacity];
    }

    public int size() {
        return n;
    }

    public int capacity() {
        return x.length;
    }

    /** Appends a particle at rest; returns its index. */
    public int add(int type, double xM, double yM, double zM, double radiusM, double massKg) {
        if (n == x.length) {
            throw new IllegalStateException("particle capacity " + x.length + " exhausted");
        }
        if (!(radiusM > 0) || !(massKg > 0) || type < 0) {
            throw new InputException("particle " + n + ": radius " + radiusM + " m, mass " + massKg
                    + " kg, type " + type + ": expected positive radius and mass and a type >= 0");
        }
        int i = n++;
        this.type[i] = type;
        x[i] = xM;
        y[i] = yM;
        z[i] = zM;
        r[i] = radiusM;
        m[i] = massKg;
        return i;
    }

    /** Moment of inertia of a solid sphere, 2/5·m·r². */
    public double inertia(int i) {
        return 0.4 * m[i] * r[i] * r[i];
    }

    /** Total volume of the spheres of one type (overlaps counted twice), m³; type −1 for all. */
    public double volumeM3(int ofType) {
        double v = 0;
        for (int i = 0; i < n; i++) {
            if (ofType < 0 || type[i] == ofType) {
                v += r[i] * r[i] * r[i];
            }
        }
        return 4.0 / 3.0 * Math.PI * v;
    }

    /** Highest sphere top, max(z + r), m (0 when empty). */
    public double topM() {
        double t = 0;
        for (int i = 0; i < n; i++) {
            t = Math.max(t, z[i] + r[i]);
        }
        return t;
    }

    public int count(int ofType) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (type[i] == ofType) {
                c++;
            }
        }
        return c;
    }

    /** A deep copy with the same capacity. */
    public Particles copy() {
        Particles p = new Particles(x.length);
        p.n = n;
        double[][] src = arrays();
        double[][] dst = p.arrays();
        for (int k = 0; k < src.length; k++) {
            System.arraycopy(src[k], 0, dst[k], 0, n);
        }
        System.arraycopy(type, 0, p.type, 0, n);
        return p;
    }

    /** Bitwise equality of all state (used to prove determinism). */
    public boolean sameState(Particles o) {
        if (o.n != n) {
            return false;
        }
        double[][] a = arrays();
        double[][] b = o.arrays();
        for (int k = 0; k < a.length; k++) {
            if (!Arrays.equals(a[k], 0, n, b[k], 0, n)) {
                return false;
            }
        }
        return Arrays.equals(type, 0, n, o.type, 0, n);
    }

    /** The double arrays in a fixed order (for copy, checkpoint). */
    public double[][] arrays() {
        return new double[][] {x, y, z, vx, vy, vz, wx, wy, wz, fx, fy, fz, tx, ty, tz, r, m};
    }

    void setSize(int size) {
        if (size < 0 || size > x.length) {
            throw new IllegalArgumentException("size " + size);
        }
        n = size;
    }
}
