package org.electrotwin.characterize;

import java.util.LinkedHashMap;
import java.util.Map;
import org.electrotwin.core.volume.LabeledVolume;

/** Volume fraction of every label present, keyed by phase name (ascending labels). */
public final class PhaseFractions {
    private PhaseFractions() {}

    public static Map<String, Double> of(LabeledVolume v) {
        long[] h = v.histogram();
        Map<String, Double> out = new LinkedHashMap<>();
        double n = v.voxelCount();
        for (int l = 0; l < 256; l++) {
            if (h[l] > 0) {
                out.put(v.phases().name(l), h[l] / n);
            }
        }
        return out;
    }
}
