package org.electrotwin.io;

import org.electrotwin.core.InputException;

/**
 * Spherical particles as primitive arrays (SI units: positions and radii in metres), in an
 * axis-aligned box; the input of the particle writers. Arrays are not copied.
 */
public record Particles(double[] xM, double[] yM, double[] zM, double[] radiusM, int[] type, Box box) {
    /** An axis-aligned box [lo, hi) per axis, in metres; {@code periodic} flags x, y, z. */
    public record Box(double xloM, double xhiM, double yloM, double yhiM, double zloM, double zhiM, boolean[] periodic) {
        public Box {
            if (!(xhiM > xloM) || !(yhiM > yloM) || !(zhiM > zloM)) {
                throw new InputException("particle box [" + xloM + "," + xhiM + "]x[" + yloM + "," + yhiM + "]x[" + zloM + ","
                        + zhiM + "]: expected hi > lo on every axis");
            }
            if (periodic == null || periodic.length != 3) {
                throw new InputException("particle box periodic flags: expected three booleans (x, y, z)");
            }
        }
    }

    public Particles {
        int n = xM.length;
        if (yM.length != n || zM.length != n || radiusM.length != n || type.length != n) {
            throw new InputException("particle arrays of lengths x " + n + ", y " + yM.length + ", z " + zM.length + ", radius "
                    + radiusM.length + ", type " + type.length + ": expected equal lengths");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(xM[i]) || !Double.isFinite(yM[i]) || !Double.isFinite(zM[i]) || !(radiusM[i] > 0)
                    || Double.isInfinite(radiusM[i])) {
                throw new InputException("particle " + i + " at (" + xM[i] + ", " + yM[i] + ", " + zM[i] + ") radius " + radiusM[i]
                        + ": expected finite coordinates and a positive radius");
            }
        }
    }

    public int count() {
        return xM.length;
    }
}
