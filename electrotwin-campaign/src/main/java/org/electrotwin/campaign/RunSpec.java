package org.electrotwin.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a campaign: a stable key (the same design gives the same keys, so a restarted
 * campaign recognises its finished runs), the manufacturing parameters by name and the seed.
 * Serializable: a cluster executor ships it to its workers.
 */
public record RunSpec(String key, Map<String, Double> parameters, long seed) implements java.io.Serializable {
    public RunSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
