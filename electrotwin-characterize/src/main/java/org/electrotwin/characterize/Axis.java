package org.electrotwin.characterize;

/** A volume axis: x, y in the electrode plane, z through the thickness (DESIGN §4.1). */
public enum Axis {
    X, Y, Z;

    /** Lower-case name as used in JSON keys. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
