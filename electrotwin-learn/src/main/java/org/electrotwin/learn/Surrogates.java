package org.electrotwin.learn;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.forest.RandomForestModel;
import org.electrotwin.learn.gp.GaussianProcessModel;
import org.electrotwin.learn.gp.SurrogateModel;

/** Surrogate models by name, as a study file chooses them: "gp" (Matérn-5/2 ARD GP) and "forest" (random forest). */
public final class Surrogates {
    private static final Map<String, LongFunction<SurrogateModel>> REGISTRY = new TreeMap<>(Map.of(
            "gp", GaussianProcessModel::defaults,
            "forest", RandomForestModel::defaults));

    private Surrogates() {
    }

    /** The named model with its default settings and the given seed. */
    public static SurrogateModel create(String name, long seed) {
        LongFunction<SurrogateModel> f = REGISTRY.get(name);
        if (f == null) {
            throw new InputException("surrogate: unknown model '" + name + "', expected one of " + REGISTRY.keySet());
        }
        return f.apply(seed);
    }

    public static java.util.Set<String> names() {
        return REGISTRY.keySet();
    }
}
