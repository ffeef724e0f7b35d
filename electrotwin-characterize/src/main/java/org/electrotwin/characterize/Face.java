package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;

/** One of the six faces of a volume; {@code Z_MIN} is the current collector, {@code Z_MAX} the separator side. */
public enum Face {
    X_MIN(Axis.X, false), X_MAX(Axis.X, true),
    Y_MIN(Axis.Y, false), Y_MAX(Axis.Y, true),
    Z_MIN(Axis.Z, false), Z_MAX(Axis.Z, true);

    private final Axis axis;
    private final boolean high;

    Face(Axis axis, boolean high) {
        this.axis = axis;
        this.high = high;
    }

    public Axis axis() { return axis; }

    /** True for the face at the last index of its axis. */
    public boolean isHigh() { return high; }

    public Face opposite() {
        return values()[ordinal() ^ 1];
    }

    public static Face of(Axis axis, boolean high) {
        return values()[2 * axis.ordinal() + (high ? 1 : 0)];
    }
}
