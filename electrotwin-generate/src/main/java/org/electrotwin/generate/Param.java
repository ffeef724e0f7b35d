package org.electrotwin.generate;

import java.util.List;
import org.electrotwin.core.units.Dimension;

/**
 * One named model parameter: its physical dimension (values are SI), its default, a one-line
 * description, and for categorical parameters the allowed choices (the value is the index).
 */
public record Param(String name, Dimension dimension, double defaultValue, String description, List<String> choices) {
    public Param {
        choices = List.copyOf(choices);
    }

    public static Param of(String name, Dimension dimension, double defaultValue, String description) {
        return new Param(name, dimension, defaultValue, description, List.of());
    }

    public static Param choice(String name, String description, String... choices) {
        return new Param(name, Dimension.NONE, 0, description, List.of(choices));
    }
}
