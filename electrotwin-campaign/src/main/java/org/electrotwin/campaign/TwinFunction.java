package org.electrotwin.campaign;

import java.nio.file.Path;

/** Runs one twin (process or stochastic, then characterisation) for one run of a campaign. */
@FunctionalInterface
public interface TwinFunction {
    /**
     * @param run     parameters and seed
     * @param workDir a folder of this run's own for its artefacts (volumes, plots)
     */
    RunOutput run(RunSpec run, Path workDir) throws Exception;
}
