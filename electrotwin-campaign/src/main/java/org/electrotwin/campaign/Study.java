package org.electrotwin.campaign;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.electrotwin.core.units.Dimension;

/**
 * A study (campaign file): which manufacturing parameters vary over which ranges around a
 * base recipe (plus {@code fixed} fields set for every run, e.g. a smaller domain), which twin
 * runs them, and what the engineer wants of the electrode.
 * Read and validated by {@link StudyReader}; all bounds in SI.
 */
public record Study(
        String name,
        Path recipe,
        Twin twin,
        Map<String, String> fixed,
        List<Range> parameters,
        Optional<Simplex> formulation,
        List<Objective> objectives,
        List<Constraint> constraints,
        Map<String, Double> target,
        Design design,
        Optimization optimization,
        long seed,
        int parallelism) {

    /** Which twin makes the microstructure of a run. */
    public enum Twin { STOCHASTIC, PROCESS }

    /** One recipe field varied between bounds (SI). */
    public record Range(String path, double lo, double hi, Dimension dimension) {
        /** The value as the recipe would be written, with its SI unit. */
        public String recipeValue(double si) {
            String n = String.format(Locale.ROOT, "%.12g", si);
            return dimension.equals(Dimension.NONE) ? n : n + " " + dimension.siUnit();
        }
    }

    /** Formulation mass fractions varied on the simplex (they always sum to 1) within per-component bounds. */
    public record Simplex(List<String> components, double[] lo, double[] hi) {}

    public record Objective(String property, boolean maximize) {}

    /** lo ≤ property ≤ hi (an open side is ±infinity). */
    public record Constraint(String property, double lo, double hi) {
        public boolean satisfiedBy(double v) {
            return v >= lo && v <= hi;
        }
    }

    public record Design(String method, int runs) {}

    /** Bayesian-optimisation rounds after the design: q proposals per round. */
    public record Optimization(int rounds, int batch, String acquisition) {}

    /** Every varied quantity by name in a fixed order: the ranges, then the formulation components. */
    public List<String> parameterNames() {
        List<String> n = new java.util.ArrayList<>(parameters.stream().map(Range::path).toList());
        formulation.ifPresent(s -> s.components().forEach(c -> n.add("formulation." + c)));
        return n;
    }
}
