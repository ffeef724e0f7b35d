package org.electrotwin.learn.doe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.electrotwin.core.InputException;

/**
 * Manufacturing parameters: independent ranges (optionally log-scaled, e.g. a drying rate spanning
 * decades) and simplex groups of fractions that sum to one. Maps a unit-cube point to parameter
 * values, in the order: ranges first, then each simplex group's components.
 */
public record DesignSpace(List<Range> ranges, List<SimplexGroup> simplexes) {

    /** One parameter in [lower, upper]; log-scaled ranges are uniform in log(value). */
    public record Range(String name, double lower, double upper, boolean logScale) {
        public Range {
            if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper) || (logScale && lower <= 0)) {
                throw new InputException("parameter '" + name + "': range [" + lower + ", " + upper
                        + "] must be finite with lower < upper" + (logScale ? " and lower > 0 (log scale)" : ""));
            }
        }

        public static Range linear(String name, double lower, double upper) {
            return new Range(name, lower, upper, false);
        }

        double fromUnit(double u) {
            return logScale ? lower * Math.pow(upper / lower, u) : lower + (upper - lower) * u;
        }

        double toUnit(double v) {
            return logScale ? Math.log(v / lower) / Math.log(upper / lower) : (v - lower) / (upper - lower);
        }
    }

    /** Fractions named {@code names} summing to one, each in [lower_i, upper_i]. */
    public record SimplexGroup(List<String> names, double[] lower, double[] upper) {
        public SimplexGroup {
            names = List.copyOf(names);
            if (names.size() != lower.length) {
                throw new InputException("simplex group " + names + ": needs one lower and upper bound per name");
            }
            lower = lower.clone();
            upper = upper.clone();
        }

        SimplexMapping mapping() {
            return new SimplexMapping(lower, upper);
        }
    }

    public DesignSpace {
        ranges = List.copyOf(ranges);
        simplexes = List.copyOf(simplexes);
        Set<String> seen = new HashSet<>();
        for (String n : names(ranges, simplexes)) {
            if (!seen.add(n)) {
                throw new InputException("design space: parameter name '" + n + "' appears twice");
            }
        }
        for (SimplexGroup g : simplexes) {
            g.mapping(); // validates the bounds
        }
        if (ranges.isEmpty() && simplexes.isEmpty()) {
            throw new InputException("design space: needs at least one parameter");
        }
    }

    public static DesignSpace ofRanges(Range... ranges) {
        return new DesignSpace(List.of(ranges), List.of());
    }

    private static List<String> names(List<Range> ranges, List<SimplexGroup> simplexes) {
        List<String> out = new ArrayList<>();
        ranges.forEach(r -> out.add(r.name()));
        simplexes.forEach(g -> out.addAll(g.names()));
        return out;
    }

    /** Parameter names in value order. */
    public List<String> names() {
        return names(ranges, simplexes);
    }

    /** Number of values of a mapped point. */
    public int valueDimension() {
        return names().size();
    }

    /** Number of unit-cube coordinates consumed: one per range, k−1 per simplex group of k. */
    public int unitDimension() {
        int d = ranges.size();
        for (SimplexGroup g : simplexes) {
            d += g.names().size() - 1;
        }
        return d;
    }

    /** Parameter values for a unit-cube point, or null if it breaks a simplex upper bound. */
    public double[] fromUnit(double[] u) {
        if (u.length != unitDimension()) {
            throw new InputException("design space: unit point has " + u.length + " coordinates, expected " + unitDimension());
        }
        double[] v = new double[valueDimension()];
        int i = 0;
        for (Range r : ranges) {
            v[i] = r.fromUnit(u[i]);
            i++;
        }
        int offset = ranges.size();
        for (SimplexGroup g : simplexes) {
            SimplexMapping m = g.mapping();
            double[] x = m.map(u, offset);
            if (x == null) {
                return null;
            }
            System.arraycopy(x, 0, v, i, x.length);
            i += x.length;
            offset += m.unitDimension();
        }
        return v;
    }

    /** Unit coordinates of the independent ranges of a value vector (simplex groups are not inverted). */
    public double[] rangesToUnit(double[] values) {
        double[] u = new double[ranges.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = ranges.get(i).toUnit(values[i]);
        }
        return u;
    }
}
