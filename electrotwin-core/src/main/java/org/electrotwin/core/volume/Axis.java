package org.electrotwin.core.volume;

import org.electrotwin.core.InputException;

/** Volume axes (DESIGN §4.1): x, y in the electrode plane, z through the thickness (z = 0 at the current collector). */
public enum Axis {
    X, Y, Z;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Size of the volume along this axis. */
    public int size(LabeledVolume v) {
        return switch (this) {
            case X -> v.nx();
            case Y -> v.ny();
            case Z -> v.nz();
        };
    }

    public static Axis parse(String s) {
        for (Axis a : values()) {
            if (a.key().equalsIgnoreCase(s.strip())) {
                return a;
            }
        }
        throw new InputException("axis '" + s + "': expected x, y or z");
    }
}
