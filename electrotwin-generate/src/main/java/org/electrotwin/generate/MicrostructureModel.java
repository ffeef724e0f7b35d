package org.electrotwin.generate;

import java.util.List;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * A stochastic microstructure model: named parameters in, a labelled volume out
 * (labels of {@link org.electrotwin.core.volume.PhaseTable#defaults()}: 0 pore, 1 am, 2 cbd, 3 se).
 * Implementations are stateless and deterministic: the same parameters and seed give the same
 * volume whatever the number of threads.
 */
public interface MicrostructureModel {
    /** The registry name, e.g. {@code boolean-spheres}. */
    String name();

    /** One line on what it generates and where the model comes from. */
    String description();

    /** The parameters, with SI defaults. */
    List<Param> parameters();

    LabeledVolume generate(ModelParams params, long seed);
}
