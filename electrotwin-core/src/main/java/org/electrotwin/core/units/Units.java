package org.electrotwin.core.units;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses quantities written with units ({@code "9 um"}, {@code "1.5 g/cm3"}, {@code "100 MPa"},
 * {@code "2 um/s"}, {@code "12 mg/cm2"}, {@code "3 mS/cm"}, {@code "300 mAh/g"}) into SI values,
 * checking the dimension.
 *
 * <p>Why not the JSR 385 reference implementation (Indriya)? Its parsers expect {@code µm}
 * and {@code cm³}, so the ASCII spellings battery people type ({@code um}, {@code cm3},
 * {@code mg/cm2}) would each need an alias, and it brings four jars for what is here one
 * table of symbols, SI prefixes and integer exponents. A unit expression is a product of
 * factors joined by {@code *}, {@code .} or {@code ·} and at most one {@code /}; each factor is an
 * optional SI prefix, a symbol and an optional integer exponent ({@code cm3}, {@code m^2}, {@code s-1}).
 */
public final class Units {
    private record Unit(double factor, Dimension dim) {}

    private static final Map<String, Unit> SYMBOLS = new LinkedHashMap<>();
    private static final Map<String, Double> PREFIXES = new LinkedHashMap<>();

    static {
        Dimension force = new Dimension(1, 1, -2, 0, 0);
        Dimension energy = new Dimension(2, 1, -2, 0, 0);
        Dimension charge = new Dimension(0, 0, 1, 1, 0);
        Dimension volt = new Dimension(2, 1, -3, -1, 0);
        SYMBOLS.put("m", new Unit(1, Dimension.LENGTH));
        SYMBOLS.put("g", new Unit(1e-3, Dimension.MASS));
        SYMBOLS.put("t", new Unit(1e3, Dimension.MASS));
        SYMBOLS.put("s", new Unit(1, Dimension.TIME));
        SYMBOLS.put("min", new Unit(60, Dimension.TIME));
        SYMBOLS.put("h", new Unit(3600, Dimension.TIME));
        SYMBOLS.put("A", new Unit(1, new Dimension(0, 0, 0, 1, 0)));
        SYMBOLS.put("K", new Unit(1, Dimension.TEMPERATURE));
        SYMBOLS.put("Pa", new Unit(1, Dimension.PRESSURE));
        SYMBOLS.put("bar", new Unit(1e5, Dimension.PRESSURE));
        SYMBOLS.put("N", new Unit(1, force));
        SYMBOLS.put("J", new Unit(1, energy));
        SYMBOLS.put("W", new Unit(1, new Dimension(2, 1, -3, 0, 0)));
        SYMBOLS.put("C", new Unit(1, charge));
        SYMBOLS.put("Ah", new Unit(3600, charge));
        SYMBOLS.put("V", new Unit(1, volt));
        SYMBOLS.put("S", new Unit(1, Dimension.CONDUCTIVITY.times(Dimension.LENGTH)));
        SYMBOLS.put("Ohm", new Unit(1, volt.times(new Dimension(0, 0, 0, -1, 0))));
        SYMBOLS.put("L", new Unit(1e-3, Dimension.LENGTH.pow(3)));
        SYMBOLS.put("P", new Unit(0.1, Dimension.VISCOSITY)); // poise, for cP
        SYMBOLS.put("mol", new Unit(1, Dimension.NONE)); // amounts are counts: g/mol is a mass, kJ/mol an energy

        PREFIXES.put("G", 1e9);
        PREFIXES.put("M", 1e6);
        PREFIXES.put("k", 1e3);
        PREFIXES.put("c", 1e-2);
        PREFIXES.put("m", 1e-3);
        PREFIXES.put("u", 1e-6);
        PREFIXES.put("µ", 1e-6);
        PREFIXES.put("μ", 1e-6);
        PREFIXES.put("n", 1e-9);
        PREFIXES.put("p", 1e-12);
    }

    private static final Pattern QUANTITY =
            Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");
    private static final Pattern FACTOR = Pattern.compile("([A-Za-zµμ]+)(?:\\^?([-+]?\\d+))?");

    private Units() {}

    /** A parsed quantity: its SI value and dimension. */
    public record Quantity(double si, Dimension dimension) {}

    /**
     * Parses {@code text} and returns its SI value, which must have dimension {@code expected}.
     * A plain number is accepted only for dimensionless quantities.
     *
     * @throws UnitException naming what was expected
     */
    public static double toSi(String text, Dimension expected) {
        Quantity q = parse(text);
        if (!q.dimension().equals(expected)) {
            throw new UnitException("'" + text + "' is not " + expected.describe());
        }
        return q.si();
    }

    /** Parses a number followed by an optional unit expression. */
    public static Quantity parse(String text) {
        if (text == null) {
            throw new UnitException("missing quantity");
        }
        Matcher mq = QUANTITY.matcher(text);
        if (!mq.matches()) {
            throw new UnitException("'" + text + "' is not a number followed by a unit");
        }
        double value = Double.parseDouble(mq.group(1));
        String unit = mq.group(2);
        if (!Double.isFinite(value)) {
            throw new UnitException("'" + text + "' is not a finite number");
        }
        if (unit.isEmpty()) {
            return new Quantity(value, Dimension.NONE);
        }
        if (unit.equals("%")) {
            return new Quantity(value / 100, Dimension.NONE);
        }
        String t = unit.replace(" ", "");
        if (t.equals("degC") || t.equals("°C") || t.equals("C°")) {
            return new Quantity(value + 273.15, Dimension.TEMPERATURE);
        }
        String[] parts = t.split("/", -1);
        if (parts.length > 2 || parts[0].isEmpty() && parts.length == 1) {
            throw new UnitException("unit '" + unit + "' in '" + text + "': write at most one '/', e.g. g/cm3");
        }
        Unit num = parts[0].isEmpty() || parts[0].equals("1") ? new Unit(1, Dimension.NONE) : product(parts[0], unit);
        if (parts.length == 2) {
            Unit den = product(parts[1], unit);
            num = new Unit(num.factor / den.factor, num.dim.times(den.dim.pow(-1)));
        }
        // round away the binary noise of prefix powers (0.01³ ≠ 1e-6 in doubles): 4.75 g/cm3 is 4750 kg/m3
        return new Quantity(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.14e", value * num.factor)), num.dim);
    }

    private static Unit product(String expr, String whole) {
        double f = 1;
        Dimension d = Dimension.NONE;
        for (String factor : expr.split("[*.·]")) {
            Matcher m = FACTOR.matcher(factor);
            if (!m.matches()) {
                throw new UnitException("unknown unit '" + whole + "'; expected SI symbols such as um, g/cm3, MPa, um/s, mg/cm2, S/m");
            }
            Unit u = symbol(m.group(1), whole);
            int p = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            f *= Math.pow(u.factor, p);
            d = d.times(u.dim.pow(p));
        }
        return new Unit(f, d);
    }

    private static Unit symbol(String s, String whole) {
        Unit u = SYMBOLS.get(s);
        if (u != null) {
            return u;
        }
        for (Map.Entry<String, Double> p : PREFIXES.entrySet()) {
            if (s.length() > p.getKey().length() && s.startsWith(p.getKey())) {
                Unit base = SYMBOLS.get(s.substring(p.getKey().length()));
                if (base != null) {
                    return new Unit(p.getValue() * base.factor, base.dim);
                }
            }
        }
        throw new UnitException("unknown unit '" + s + "' in '" + whole
                + "'; known symbols: " + String.join(" ", SYMBOLS.keySet()) + " with prefixes G M k c m u n p");
    }

    /** Raised for an unparseable quantity or a wrong dimension; the recipe reader adds file, line and field. */
    public static final class UnitException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UnitException(String message) {
            super(message);
        }
    }
}
