package org.electrotwin.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a campaign: a stable key (the same design gives the same keys, so a restarted
 * campaign recognises its finished runs), the manufacturing parameters by name and the seed.
 */
public record RunSpec(String key, Map<String, Double> parameters, long seed) {
    public RunSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
