package org.electrotwin.process.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Drying (wet law, pinned surface, solvent flow, law swap to bridges) gives the same film on 1 and 2 threads. */
class DryingDeterminismTest {
    @Test
    void sameFilmForAnyThreadCount() {
        DryingStage.Result one = dry(1);
        DryingStage.Result two = dry(2);
        assertThat(two.particles().sameState(one.particles())).isTrue();
        assertThat(two.cbdProfile()).containsExactly(one.cbdProfile());
    }

    private static DryingStage.Result dry(int threads) {
        ProcessSpec s = ProcessSpec.sibDefaults(40e-6, 3).withSteps(600, threads);
        SlurryStage.Result slurry = SlurryStage.run(s);
        return DryingStage.run(s, slurry.particles(), slurry.topM());
    }
}
