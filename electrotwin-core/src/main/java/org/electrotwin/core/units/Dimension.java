package org.electrotwin.core.units;

/**
 * A physical dimension as integer exponents of the SI base units m, kg, s, A, K.
 * The named constants are the dimensions a recipe uses; {@link #describe()} gives the
 * units a user may write for each, for error messages.
 */
public record Dimension(int m, int kg, int s, int a, int k) {
    public static final Dimension NONE = new Dimension(0, 0, 0, 0, 0);
    public static final Dimension LENGTH = new Dimension(1, 0, 0, 0, 0);
    public static final Dimension MASS = new Dimension(0, 1, 0, 0, 0);
    public static final Dimension TIME = new Dimension(0, 0, 1, 0, 0);
    public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 0, 1);
    public static final Dimension DENSITY = new Dimension(-3, 1, 0, 0, 0);
    public static final Dimension AREAL_DENSITY = new Dimension(-2, 1, 0, 0, 0);
    public static final Dimension PRESSURE = new Dimension(-1, 1, -2, 0, 0);
    public static final Dimension SPEED = new Dimension(1, 0, -1, 0, 0);
    /** S/m = A²·s³/(kg·m³). */
    public static final Dimension CONDUCTIVITY = new Dimension(-3, -1, 3, 2, 0);
    /** C/kg = A·s/kg. */
    public static final Dimension SPECIFIC_CHARGE = new Dimension(0, -1, 1, 1, 0);
    /** Pa·s. */
    public static final Dimension VISCOSITY = new Dimension(-1, 1, -1, 0, 0);
    /** J/m² = N/m = kg/s². */
    public static final Dimension SURFACE_ENERGY = new Dimension(0, 1, -2, 0, 0);
    /** m²/s. */
    public static final Dimension DIFFUSIVITY = new Dimension(2, 0, -1, 0, 0);

    public Dimension times(Dimension o) {
        return new Dimension(m + o.m, kg + o.kg, s + o.s, a + o.a, k + o.k);
    }

    public Dimension pow(int p) {
        return new Dimension(m * p, kg * p, s * p, a * p, k * p);
    }

    /** Example units for this dimension, as a user would write them. */
    public String describe() {
        if (equals(NONE)) return "a plain number (or a percentage such as \"45 %\")";
        if (equals(LENGTH)) return "a length such as \"9 um\", \"0.15 mm\" or \"150e-6 m\"";
        if (equals(MASS)) return "a mass such as \"1 g\"";
        if (equals(TIME)) return "a time such as \"30 s\" or \"5 min\"";
        if (equals(TEMPERATURE)) return "a temperature such as \"80 degC\" or \"353 K\"";
        if (equals(DENSITY)) return "a density such as \"1.5 g/cm3\" or \"1500 kg/m3\"";
        if (equals(AREAL_DENSITY)) return "an areal loading such as \"12 mg/cm2\" or \"0.12 kg/m2\"";
        if (equals(PRESSURE)) return "a pressure such as \"100 MPa\", \"2 GPa\" or \"5 bar\"";
        if (equals(SPEED)) return "a speed such as \"2 um/s\" or \"10 mm/s\"";
        if (equals(CONDUCTIVITY)) return "a conductivity such as \"10 S/m\" or \"3 mS/cm\"";
        if (equals(SPECIFIC_CHARGE)) return "a specific capacity such as \"300 mAh/g\"";
        if (equals(VISCOSITY)) return "a viscosity such as \"1.7 mPa.s\"";
        if (equals(SURFACE_ENERGY)) return "a surface energy such as \"0.05 J/m2\"";
        if (equals(DIFFUSIVITY)) return "a diffusivity such as \"1e-9 m2/s\"";
        return "a quantity in " + siUnit();
    }

    /** The SI unit of this dimension written out, e.g. {@code kg·m^-3}. */
    public String siUnit() {
        StringBuilder sb = new StringBuilder();
        append(sb, "kg", kg);
        append(sb, "m", m);
        append(sb, "s", s);
        append(sb, "A", a);
        append(sb, "K", k);
        return sb.length() == 0 ? "1" : sb.toString();
    }

    private static void append(StringBuilder sb, String u, int e) {
        if (e == 0) return;
        if (sb.length() > 0) sb.append('·');
        sb.append(u);
        if (e != 1) sb.append('^').append(e);
    }
}
