package org.electrotwin.campaign;

import java.util.Map;

/** One row of the runs table. Times in seconds since the epoch; wall time in seconds. */
public record RunRecord(String key, Map<String, Double> parameters, long seed, RunStatus status, String softwareVersion,
                        double startedEpochS, double finishedEpochS, double wallTimeS, String propertiesJson,
                        Map<String, String> artefacts, String error, int attempts) {}
