package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real electrode against TauFactor (DESIGN §6): prints timings, asserts only physics. */
@Tag("slow")
class ElectrodeBenchmarkTest {

    @Test
    void porePhaseAlongZMatchesTauFactor() throws Exception {
        assumeTrue(TestVolumes.ELECTRODE.exists(), "electrode volume not present");
        int[] s = new int[3];
        byte[] labels = TestVolumes.electrode(s);
        boolean[] pore = TestVolumes.mask(labels, 0);
        System.gc();
        long t0 = System.nanoTime();
        TortuosityResult r = TortuosityFactor.compute(pore, s[0], s[1], s[2], Axis.Z, FvOptions.defaults());
        double sec = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("electrode pore z: tau=%.5f eps=%.4f effEps=%.4f iters=%d balance=%.2e time=%.2fs heapUsed=%.0fMiB%n",
                r.tortuosityFactor().getAsDouble(), r.volumeFraction(), r.effectiveVolumeFraction(), r.iterations(),
                r.fluxBalanceError(), sec, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        assertThat(r.converged()).isTrue();
        assertThat(r.volumeFraction()).isCloseTo(0.4499, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(r.tortuosityFactor().getAsDouble()).isCloseTo(2.08, org.assertj.core.data.Offset.offset(0.05));
    }
}
