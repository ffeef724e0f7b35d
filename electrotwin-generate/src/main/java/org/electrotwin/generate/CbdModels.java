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
    /**
     * Chosen against the reference NMC electrode (128³ crop at 1 µm, its AM and CBD fractions, AM
     * d50 22 µm): CBD specific surface, CBD|pore, CBD|AM and AM|pore areas per volume were
     * 0.231, 0.170, 0.060, 0.038 /µm in the reference; 0.238, 0.167, 0.071, 0.042 with the
     * aggregation defaults; 0.263, 0.176, 0.087, 0.026 with the growth defaults (sum of squared
     * relative errors 0.05 against 0.32; growth with attachment rate 0.05 reaches 0.06).
     */
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
