package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;

/** One number per axis (x, y in the electrode plane, z through the thickness). */
public record PerAxis(double x, double y, double z) {
    public double get(Axis a) {
        return switch (a) {
            case X -> x;
            case Y -> y;
            case Z -> z;
        };
    }

    public static PerAxis of(double[] v) {
        return new PerAxis(v[0], v[1], v[2]);
    }
}
