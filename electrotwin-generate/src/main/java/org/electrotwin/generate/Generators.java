package org.electrotwin.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.electrotwin.core.InputException;

/** The registry of microstructure models by name, so that a recipe or the CLI can choose one. */
public final class Generators {
    private static final Map<String, Supplier<MicrostructureModel>> MODELS = new LinkedHashMap<>();

    static {
        register(BooleanSpheres::monodisperse);
        register(BooleanSpheres::polydisperse);
        register(BooleanFibres::new);
        register(GaussianField::new);
        register(ElectrodeModel::sib);
        register(ElectrodeModel::ssb);
    }

    private Generators() {}

    private static void register(Supplier<MicrostructureModel> factory) {
        MODELS.put(factory.get().name(), factory);
    }

    /** The model registered under {@code name}. */
    public static MicrostructureModel byName(String name) {
        Supplier<MicrostructureModel> f = MODELS.get(name);
        if (f == null) {
            throw new InputException("unknown model '" + name + "': expected one of " + names());
        }
        return f.get();
    }

    /** Registered names, in registration order. */
    public static List<String> names() {
        return List.copyOf(MODELS.keySet());
    }
}
