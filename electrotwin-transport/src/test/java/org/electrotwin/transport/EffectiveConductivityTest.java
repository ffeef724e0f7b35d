package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EffectiveConductivityTest {
    private static final FvOptions TIGHT = FvOptions.defaults().withRelTol(1e-9);

    /** Layers normal to z, labels cycling through 4 phases with uneven thicknesses. */
    private static byte[] laminate(int nx, int ny, int nz, int[] layerLabels) {
        byte[] l = new byte[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            java.util.Arrays.fill(l, nx * ny * z, nx * ny * (z + 1), (byte) layerLabels[z]);
        }
        return l;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void laminatesGiveArithmeticMeanAlongAndHarmonicMeanAcross(boolean periodic) {
        int nx = 6;
        int ny = 5;
        int[] layers = {0, 1, 1, 2, 3, 3, 3, 0, 2, 1, 0};
        int nz = layers.length;
        double[] table = new double[256];
        table[0] = 1.0;
        table[1] = 1e-3;
        table[2] = 250.0;
        table[3] = 0.07;
        byte[] l = laminate(nx, ny, nz, layers);
        double arithmetic = 0;
        double inverse = 0;
        for (int label : layers) {
            arithmetic += table[label] / nz;
            inverse += 1 / table[label] / nz;
        }
        FvOptions o = TIGHT.withPeriodicSides(periodic);
        for (Axis along : new Axis[] {Axis.X, Axis.Y}) {
            ConductivityResult r = EffectiveConductivity.compute(l, nx, ny, nz, 1e-6, table, along, o);
            assertThat(r.effectiveConductivitySPerM()).isCloseTo(arithmetic, within(1e-6 * arithmetic));
        }
        ConductivityResult across = EffectiveConductivity.compute(l, nx, ny, nz, 1e-6, table, Axis.Z, o);
        assertThat(across.effectiveConductivitySPerM()).isCloseTo(1 / inverse, within(1e-6 / inverse));
        assertThat(across.converged()).isTrue();
    }

    @Test
    void insulatingLayerAcrossTheAxisGivesZeroNotInfinity() {
        byte[] l = laminate(4, 4, 6, new int[] {0, 0, 1, 0, 0, 0});
        double[] table = new double[256];
        table[0] = 2.0;
        ConductivityResult r = EffectiveConductivity.compute(l, 4, 4, 6, 1e-6, table, Axis.Z, FvOptions.defaults());
        assertThat(r.percolating()).isFalse();
        assertThat(r.effectiveConductivitySPerM()).isZero();
        assertThat(r.conductingFraction()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void randomMultiphaseVolumesMatchTheDenseSolve(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int nx = 5 + rnd.nextInt(4);
        int ny = 5 + rnd.nextInt(4);
        int nz = 5 + rnd.nextInt(4);
        byte[] l = new byte[nx * ny * nz];
        for (int i = 0; i < l.length; i++) {
            l[i] = (byte) rnd.nextInt(4);
        }
        double[] table = new double[256];
        table[0] = 1;
        table[1] = 1e4;
        table[2] = 0;
        table[3] = 0.3;
        double[] k = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            k[i] = table[l[i]];
        }
        Axis axis = Axis.values()[(int) (seed % 3)];
        boolean periodic = seed % 2 == 0;
        double dense = DenseReference.effective(k, nx, ny, nz, axis, periodic);
        ConductivityResult r = EffectiveConductivity.compute(l, nx, ny, nz, 1e-6, table, axis, TIGHT.withPeriodicSides(periodic));
        assertThat(r.effectiveConductivitySPerM()).isCloseTo(dense, within(1e-8 * dense));
    }

    @Test
    void electronicAndIonicNetworksOfAnElectrode() {
        // AM slab along z on the left half, CBD nowhere, pore on the right: electronic and
        // ionic networks are two parallel slabs, each carrying its own conductivity x fraction
        int n = 8;
        LabeledVolume v = LabeledVolume.allocate(n, n, n, 1e-6, PhaseTable.defaults());
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    v.set(x, y, z, x < 3 ? 1 : 0);
                }
            }
        }
        double[] electronic = PhaseConductivities.table("electronic", v.phases(), 0);
        double[] ionic = PhaseConductivities.table("ionic", v.phases(), 0);
        assertThat(EffectiveConductivity.compute(v, electronic, Axis.Z, TIGHT).effectiveConductivitySPerM())
                .isCloseTo(0.1 * 3 / 8, within(1e-7 * 0.1)); // AM 0.1 S/m; conductances are stored as float
        assertThat(EffectiveConductivity.compute(v, ionic, Axis.Y, TIGHT).effectiveConductivitySPerM())
                .isCloseTo(1.0 * 5 / 8, within(1e-8));
        assertThat(EffectiveConductivity.compute(v, ionic, Axis.X, TIGHT).percolating()).isFalse();
    }

    @Test
    void currentDensityFieldIsInAmperesPerSquareMetre() {
        byte[] l = laminate(3, 3, 4, new int[] {0, 0, 0, 0});
        double[] table = new double[256];
        table[0] = 5.0;
        double h = 2e-6;
        ConductivityResult r = EffectiveConductivity.compute(l, 3, 3, 4, h, table, Axis.Z, TIGHT.withKeepFields(true));
        // 1 V over 4 voxels of 2 µm: E = 1.25e5 V/m, J = σE = 6.25e5 A/m²
        for (float j : r.fields().orElseThrow().fluxMagnitude()) {
            assertThat((double) j).isCloseTo(5.0 / (4 * h), within(1.0));
        }
    }

    @Test
    void rejectsBadTables() {
        byte[] l = new byte[8];
        assertThatThrownBy(() -> EffectiveConductivity.compute(l, 2, 2, 2, 1e-6, new double[3], Axis.Z, FvOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("256");
        double[] bad = new double[256];
        bad[7] = -1;
        assertThatThrownBy(() -> EffectiveConductivity.compute(l, 2, 2, 2, 1e-6, bad, Axis.Z, FvOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("label 7");
        assertThatThrownBy(() -> PhaseConductivities.table("thermal", PhaseTable.defaults(), 0))
                .isInstanceOf(InputException.class).hasMessageContaining("ionic");
    }
}
