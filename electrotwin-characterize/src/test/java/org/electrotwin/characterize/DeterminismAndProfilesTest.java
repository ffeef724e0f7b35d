package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Test;

class DeterminismAndProfilesTest {

    /** Runs a computation with its parallel streams on a pool of the given size. */
    static <T> T withThreads(int threads, Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sameResultsForAnyThreadCount() throws Exception {
        LabeledVolume v = CharacterizerTest.fourPhases(40, 17);
        boolean[] pore = v.mask(0);
        int n = 40;
        for (int threads : new int[] {1, 3}) {
            assertThat(withThreads(threads, () -> DistanceTransform.edtSquared(pore, n, n, n, 0.5, 1, 2)))
                    .isEqualTo(DistanceTransform.edtSquared(pore, n, n, n, 0.5, 1, 2));
            assertThat(withThreads(threads, () -> LocalThickness.squaredRadius(pore, n, n, n)))
                    .isEqualTo(LocalThickness.squaredRadius(pore, n, n, n));
            assertThat(withThreads(threads, () -> InterfaceAreas.compute(v))).isEqualTo(InterfaceAreas.compute(v));
            assertThat(withThreads(threads, () -> Watershed.separate(v.mask(1), n, n, n, 3).labels()))
                    .isEqualTo(Watershed.separate(v.mask(1), n, n, n, 3).labels());
            assertThat(withThreads(threads, () -> ChordLength.along(pore, n, n, n, Axis.Y, 1).count()))
                    .isEqualTo(ChordLength.along(pore, n, n, n, Axis.Y, 1).count());
        }
    }

    @Test
    void profilesOfAGradedVolume() {
        int nx = 8, ny = 5, nz = 10;
        byte[] lab = new byte[nx * ny * nz];
        for (int z = 0; z < nz; z++) for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++)
            lab[x + nx * (y + ny * z)] = (byte) (x < z % nx ? 2 : 1);       // cbd fraction grows with z
        LabeledVolume v = new LabeledVolume(nx, ny, nz, 1e-6, PhaseTable.defaults(), lab);
        ThroughThicknessProfile.Profile p = ThroughThicknessProfile.along(v, Axis.Z);
        assertThat(p.fractions().keySet()).containsExactly("am", "cbd");
        for (int z = 0; z < nz; z++) {
            assertThat(p.fractions().get("cbd")[z]).isCloseTo((z % nx) / (double) nx, within(1e-12));
            assertThat(p.fractions().get("am")[z] + p.fractions().get("cbd")[z]).isCloseTo(1, within(1e-12));
        }
        assertThat(p.positionM()[3]).isCloseTo(3.5e-6, within(1e-18));
        ThroughThicknessProfile.Profile px = ThroughThicknessProfile.along(v, Axis.X);
        assertThat(px.fractions().get("cbd")[0]).isCloseTo(8 / 10.0, within(1e-12));   // x = 0 is cbd where z%8 > 0
        ThroughThicknessProfile.Profile py = ThroughThicknessProfile.along(v, Axis.Y);
        assertThat(py.fractions().get("cbd")).containsOnly(PhaseFractions.of(v).get("cbd"));
        Map<String, Double> f = PhaseFractions.of(v);
        assertThat(f.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    }

    @Test
    void facesAndAxes() {
        assertThat(Face.of(Axis.Z, true)).isEqualTo(Face.Z_MAX);
        assertThat(Face.X_MIN.opposite()).isEqualTo(Face.X_MAX);
        assertThat(Face.Y_MAX.axis()).isEqualTo(Axis.Y);
        assertThat(Connectivity.of(18)).isEqualTo(Connectivity.EIGHTEEN);
        assertThat(Connectivity.TWENTY_SIX.offsets(false)).hasNumberOfRows(26);
        assertThat(Connectivity.EIGHTEEN.offsets(true)).hasNumberOfRows(9);
    }
}
