package org.electrotwin.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;

/**
 * The carbon-binder-domain models by name, so that a spec, a recipe or the CLI can choose one.
 * The first registered is the default.
 */
public final class CbdModels {
    public static final String AGGREGATION = "aggregation";
    public static final String GROWTH = "growth";
    /** Chosen against the CBD metrics of the reference NMC electrode (see the module's README). */
    public static final String DEFAULT = AGGREGATION;

    /** Turns exactly {@code target} pore voxels (label 0) into {@code cbd}, attached to {@code am}. */
    @FunctionalInterface
    public interface CbdModel {
        void place(byte[] labels, int nx, int ny, int nz, double voxelSizeM, long target, CbdParams p, byte am, byte cbd,
                   long seed);
    }

    private static final Map<String, CbdModel> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put(AGGREGATION, CarbonBinderAggregation::place);
        MODELS.put(GROWTH, (l, nx, ny, nz, h, target, p, am, cbd, seed) ->
                CarbonBinderGrowth.grow(l, nx, ny, nz, target, p, am, cbd, seed));
    }

    private CbdModels() {}

    public static CbdModel byName(String name) {
        CbdModel m = MODELS.get(name);
        if (m == null) {
            throw new InputException("unknown cbd model '" + name + "': expected one of " + names());
        }
        return m;
    }

    /** Registered names, the default first. */
    public static List<String> names() {
        return List.copyOf(MODELS.keySet());
    }
}
