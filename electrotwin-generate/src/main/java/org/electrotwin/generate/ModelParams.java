package org.electrotwin.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Units;

/**
 * Parameter values of a {@link MicrostructureModel}, SI, by name. Values not given take the
 * model's defaults. Categorical parameters hold the index of their choice.
 */
public record ModelParams(Map<String, Double> values) {
    public ModelParams {
        values = Map.copyOf(values);
    }

    public static ModelParams empty() {
        return new ModelParams(Map.of());
    }

    public static ModelParams of(Map<String, Double> values) {
        return new ModelParams(values);
    }

    /** A copy with one value replaced. */
    public ModelParams with(String name, double value) {
        Map<String, Double> m = new LinkedHashMap<>(values);
        m.put(name, value);
        return new ModelParams(m);
    }

    /**
     * Parses {@code "radiusM=8 um, porosity=0.5, covariance=exponential"} for {@code model}:
     * quantities may carry units (a plain number is taken as SI), choices are given by name.
     */
    public static ModelParams parse(String text, MicrostructureModel model) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new ModelParams(m);
        }
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new InputException("--params '" + text + "': expected NAME=VALUE pairs separated by commas");
            }
            String name = kv[0].strip();
            String value = kv[1].strip();
            Param p = param(model, name);
            if (!p.choices().isEmpty()) {
                int i = p.choices().indexOf(value);
                if (i < 0) {
                    throw new InputException("parameter " + name + " of model " + model.name() + " = '" + value
                            + "': expected one of " + p.choices());
                }
                m.put(name, (double) i);
            } else {
                try {
                    Units.Quantity q = Units.parse(value);
                    if (!q.dimension().equals(p.dimension()) && !q.dimension().equals(org.electrotwin.core.units.Dimension.NONE)) {
                        throw new InputException("parameter " + name + " of model " + model.name() + " = '" + value
                                + "': expected " + p.dimension().describe());
                    }
                    m.put(name, q.si());
                } catch (IllegalArgumentException e) {
                    throw new InputException("parameter " + name + " of model " + model.name() + " = '" + value
                            + "': " + e.getMessage());
                }
            }
        }
        return new ModelParams(m);
    }

    /** The value of {@code name} for {@code model}, or its default; unknown names are rejected. */
    public double get(MicrostructureModel model, String name) {
        Param p = param(model, name);
        Double v = values.get(name);
        return v != null ? v : p.defaultValue();
    }

    /** Rejects names the model does not know. */
    public void checkKnown(MicrostructureModel model) {
        for (String name : values.keySet()) {
            param(model, name);
        }
    }

    private static Param param(MicrostructureModel model, String name) {
        List<Param> ps = model.parameters();
        for (Param p : ps) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new InputException("model " + model.name() + " has no parameter '" + name + "': expected one of "
                + ps.stream().map(Param::name).toList());
    }
}
